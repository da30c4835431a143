import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input, signal } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import {
  PAM_LEVELS,
  progressChartHeight,
  progressChartOption,
  ProgressChartMode,
  ProgressChartOption,
  ProgressGroup,
  progressRows,
} from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { NgxEchartsDirective } from 'ngx-echarts';
import { LanguageService } from '../core/i18n/language.service';
import { LocalizedNumberPipe, LocalizedRatePipe } from '../core/i18n/localized-number.pipe';
import { Translations } from '../core/i18n/translations';
import { readChartStyle } from './chart-style';

/**
 * Progress of groups of commitments (pillars, parties): their PAM implementation rate, or how many
 * commitments stand at each level. A visually hidden table carries the same figures for screen readers.
 * The chart's options come from shared/, where the server's printed reports take them too.
 */
@Component({
  selector: 'acc-progress-chart',
  imports: [
    MatButtonToggleModule,
    MatCardModule,
    NgxEchartsDirective,
    TranslocoPipe,
    LocalizedNumberPipe,
    LocalizedRatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './progress-chart.html',
  styleUrl: './progress-chart.scss',
})
export class ProgressChart {
  private readonly translations = inject(Translations);
  private readonly language = inject(LanguageService);
  private readonly style = readChartStyle(inject(DOCUMENT));

  readonly heading = input.required<string>();
  readonly groups = input.required<ProgressGroup[]>();

  protected readonly levels = PAM_LEVELS;
  protected readonly mode = signal<ProgressChartMode>('rate');

  protected readonly rows = computed(() => progressRows(this.groups()));

  protected readonly height = computed(() => progressChartHeight(this.rows().length));

  protected readonly options = computed<ProgressChartOption>(() =>
    progressChartOption(this.rows(), this.mode(), {
      language: this.language.active(),
      direction: this.language.direction(),
      style: this.style,
      labels: {
        rate: this.translations.translate('dashboard.rate'),
        levels: PAM_LEVELS.map((level) => this.translations.translate(`pam.${level}`)),
      },
    }),
  );
}
