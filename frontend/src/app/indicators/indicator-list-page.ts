import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { isNotFound } from '../core/errors/not-found';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { latestValue } from '../core/latest-value';
import { MessagePage } from '../core/layout/message-page';
import { FigurePipe } from './figure.pipe';
import { IndicatorsApi } from './indicators-api';

/** The indicators an agreement follows, each against its baseline and target, with its latest approved value. */
@Component({
  selector: 'acc-indicator-list-page',
  imports: [
    RouterLink,
    MatCardModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    MessagePage,
    FigurePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicator-list-page.html',
  styleUrl: './indicator-list-page.scss',
})
export class IndicatorListPage {
  private readonly api = inject(IndicatorsApi);

  readonly agreementId = input.required<string>();

  protected readonly indicatorsResource = rxResource({
    params: () => this.agreementId(),
    stream: ({ params }) => this.api.list(params),
  });
  protected readonly indicators = latestValue(this.indicatorsResource);
  protected readonly notFound = computed(() => isNotFound(this.indicatorsResource.error()));
}
