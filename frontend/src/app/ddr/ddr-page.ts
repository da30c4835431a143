import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  DdrChartContext,
  ddrChainOption,
  ddrHistoryOption,
  DdrSplit,
  DdrStage,
  IndicatorDimension,
} from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { NgxEchartsDirective } from 'ngx-echarts';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { isNotFound } from '../core/errors/not-found';
import { LanguageService } from '../core/i18n/language.service';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { LocalizedNumberPipe, LocalizedRatePipe } from '../core/i18n/localized-number.pipe';
import { Translations } from '../core/i18n/translations';
import { MessagePage } from '../core/layout/message-page';
import { readChartStyle } from '../dashboard/chart-style';
import { SitesTable } from '../map/sites-table';
import { AsOfField, figuresAsOf } from '../ui/as-of-field';
import { DdrApi } from './ddr-api';

/** Dimensions whose keys are codes to translate (movements and regions are named by the data). */
const CODED_DIMENSIONS: ReadonlySet<IndicatorDimension> = new Set([
  IndicatorDimension.Sex,
  IndicatorDimension.AgeGroup,
]);

/**
 * The DDR chain of an agreement: each stage (registered, disarmed, demobilized, integrated,
 * reintegrated) against its target, the figures over time, and the current figures by movement, sex,
 * age group and region. Tables first, so that screen readers and print read the same as the eye.
 */
@Component({
  selector: 'acc-ddr-page',
  imports: [
    RouterLink,
    MatCardModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    LocalizedNumberPipe,
    LocalizedRatePipe,
    MessagePage,
    NgxEchartsDirective,
    AsOfField,
    SitesTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ddr-page.html',
  styleUrl: './ddr-page.scss',
})
export class DdrPage {
  private readonly api = inject(DdrApi);
  private readonly language = inject(LanguageService);
  private readonly translations = inject(Translations);
  private readonly style = readChartStyle(inject(DOCUMENT));

  readonly agreementId = input.required<string>();
  /** Query parameter; absent means today. */
  readonly asOf = input<string>();

  protected readonly figures = figuresAsOf(
    () => this.agreementId(),
    () => this.asOf(),
    (agreementId, asOf) => this.api.get(agreementId, asOf),
  );
  protected readonly ddrResource = this.figures.resource;
  protected readonly ddr = this.figures.value;
  protected readonly notFound = computed(() => isNotFound(this.ddrResource.error()));

  private readonly chartContext = computed(
    (): DdrChartContext => ({
      language: this.language.active(),
      direction: this.language.direction(),
      style: this.style,
      labels: {
        stage: (stage: DdrStage) => this.translations.translate(`ddr.stage.${stage}`),
        total: this.translations.translate('ddr.total'),
        target: this.translations.translate('ddr.target'),
      },
    }),
  );
  protected readonly anyStageMeasured = computed(() => (this.ddr()?.stages ?? []).some((stage) => stage.indicatorId));
  protected readonly chainOptions = computed(() => ddrChainOption(this.ddr()?.stages ?? [], this.chartContext()));
  protected readonly historyOptions = computed(() => ddrHistoryOption(this.seriesWithPoints(), this.chartContext()));
  /** The region codes of the splits, by name. */
  private readonly regionNames = computed(
    () => new Map((this.ddr()?.regions ?? []).map((region) => [region.code, region.name])),
  );

  /** Stages with an indicator; the chain's other steps are listed as not measured. */
  protected readonly seriesWithPoints = computed(() =>
    (this.ddr()?.series ?? []).filter((series) => series.points.length),
  );

  /** The splits of each stage, grouped by dimension, in the API's order (largest first). */
  protected readonly splitGroups = computed(() => {
    const groups = new Map<string, { stage: string; dimension: IndicatorDimension; rows: DdrSplit[] }>();
    for (const split of this.ddr()?.splits ?? []) {
      const key = `${split.stage} ${split.dimension}`;
      const group = groups.get(key) ?? { stage: split.stage, dimension: split.dimension, rows: [] };
      group.rows.push(split);
      groups.set(key, group);
    }
    return [...groups.values()];
  });

  protected isCoded(dimension: IndicatorDimension): boolean {
    return CODED_DIMENSIONS.has(dimension);
  }

  /** A split's row label: a translated code, a region's name, or a movement's acronym as recorded. */
  protected keyLabel(dimension: IndicatorDimension, key: string): string {
    if (this.isCoded(dimension)) return this.translations.translate(`ddr.key.${key}`);
    return dimension === IndicatorDimension.Region ? (this.regionNames().get(key) ?? key) : key;
  }
}
