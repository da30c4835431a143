import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { areaName, areaValue, DDR_STAGES, MapAreaDto, mapChartOption, MapMetric } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { NgxEchartsDirective } from 'ngx-echarts';
import { map as mapTo, of } from 'rxjs';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { isNotFound } from '../core/errors/not-found';
import { LanguageService } from '../core/i18n/language.service';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { LocalizedNumberPipe, LocalizedRatePipe } from '../core/i18n/localized-number.pipe';
import { Translations } from '../core/i18n/translations';
import { MessagePage } from '../core/layout/message-page';
import { readChartStyle } from '../dashboard/chart-style';
import { AsOfField, figuresAsOf } from '../ui/as-of-field';
import { BOUNDARY_REGISTRY } from './boundary-registry';
import { MapApi } from './map-api';
import { SitesTable } from './sites-table';

/**
 * Progress by region: the country's regions coloured by the PAM rate of the milestones located there,
 * their overdue milestones or a DDR stage, with the sites as points. Boundaries ship with the app, so
 * the map works offline. The chart is for the eye; the table below it holds the same figures.
 */
@Component({
  selector: 'acc-map-page',
  imports: [
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    NgxEchartsDirective,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    LocalizedNumberPipe,
    LocalizedRatePipe,
    MessagePage,
    AsOfField,
    SitesTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './map-page.html',
  styleUrl: './map-page.scss',
})
export class MapPage {
  private readonly api = inject(MapApi);
  private readonly boundaries = inject(BOUNDARY_REGISTRY);
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
  protected readonly mapResource = this.figures.resource;
  protected readonly map = this.figures.value;
  protected readonly agreementTitle = computed(() => this.figures.agreement.value()?.title ?? '');
  protected readonly notFound = computed(() => isNotFound(this.mapResource.error()));

  /** The boundary file, registered with ECharts under its own name once loaded. */
  protected readonly boundary = rxResource({
    params: () => this.map()?.boundaryMap ?? undefined,
    stream: ({ params: name }) =>
      this.boundaries.has(name)
        ? of(name)
        : this.api.boundary(name).pipe(
            mapTo((data) => {
              this.boundaries.register(name, data);
              return name;
            }),
          ),
  });

  protected readonly metric = signal<MapMetric>('rate');
  /** The rate and overdue counts always; a DDR stage when some region has a figure for it. */
  protected readonly metrics = computed<MapMetric[]>(() => {
    const areas = this.map()?.areas ?? [];
    const stages = DDR_STAGES.filter((stage) => areas.some((area) => areaValue(area, stage) !== null));
    return ['rate', 'overdue', ...stages];
  });
  protected readonly stageColumns = computed(() => this.metrics().slice(2));

  protected readonly options = computed(() => {
    const map = this.map();
    const mapName = this.boundary.hasValue() ? this.boundary.value() : undefined;
    if (!map || !mapName || mapName !== map.boundaryMap) return undefined;
    const metric = this.metric();
    return mapChartOption(map, metric, {
      mapName,
      language: this.language.active(),
      direction: this.language.direction(),
      style: this.style,
      labels: {
        metric: this.metricLabel(metric),
        kind: (kind) => this.translations.translate(`sites.kind.${kind}`),
        state: (state) => this.translations.translate(`sites.state.${state ?? 'none'}`),
      },
    });
  });

  protected readonly areaName = areaName;
  protected readonly areaValue = (area: MapAreaDto, metric: MapMetric) => areaValue(area, metric);

  protected metricLabel(metric: MapMetric): string {
    return this.translations.translate(
      metric === 'rate' || metric === 'overdue' ? `map.metric.${metric}` : `ddr.stage.${metric}`,
    );
  }

  protected chooseMetric(value: string): void {
    const metric = this.metrics().find((candidate) => candidate === value);
    if (metric) this.metric.set(metric);
  }
}
