import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DdrSplit, IndicatorDimension } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { isNotFound } from '../core/errors/not-found';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { LocalizedNumberPipe, LocalizedRatePipe } from '../core/i18n/localized-number.pipe';
import { latestValue } from '../core/latest-value';
import { MessagePage } from '../core/layout/message-page';
import { DdrApi } from './ddr-api';

/** Dimensions whose keys are codes to translate (the others are names from the data: movements, regions). */
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
    MatCardModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    LocalizedNumberPipe,
    LocalizedRatePipe,
    MessagePage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ddr-page.html',
  styleUrl: './ddr-page.scss',
})
export class DdrPage {
  private readonly api = inject(DdrApi);

  readonly agreementId = input.required<string>();

  protected readonly ddrResource = rxResource({
    params: () => this.agreementId(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly ddr = latestValue(this.ddrResource);
  protected readonly notFound = computed(() => isNotFound(this.ddrResource.error()));

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
}
