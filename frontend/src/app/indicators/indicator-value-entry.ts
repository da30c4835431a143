import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { IndicatorValueDto, ReviewState } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { FigurePipe } from './figure.pipe';
import { IndicatorCells } from './indicator-cells';

/**
 * One value of an indicator, as its history and the review queue show it: the day and the figure, its
 * review state, its cells, the note and sources, why it was returned, and who recorded and approved it.
 */
@Component({
  selector: 'acc-indicator-value-entry',
  imports: [TranslocoPipe, LocalizedDatePipe, FigurePipe, IndicatorCells],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let entry = value();
    <p class="entry-head">
      <strong>{{ entry.asOf | accDate }}</strong>
      <span class="figure" data-testid="value-total">{{ entry.total | accFigure }} {{ unit() }}</span>
      @if (entry.reviewState !== reviewStates.Approved) {
        <span class="review-state" [attr.data-state]="entry.reviewState">{{
          'review.state.' + entry.reviewState | transloco
        }}</span>
      }
      @if (entry.confidential) {
        <span class="review-state">{{ 'evidence.confidential' | transloco }}</span>
      }
    </p>
    @if (entry.cells.length) {
      <acc-indicator-cells [cells]="entry.cells" />
    }
    <p class="narrative">{{ entry.note }}</p>
    @if (entry.sourceLinks.length) {
      <ul class="sources">
        @for (link of entry.sourceLinks; track $index) {
          <li>
            <a [href]="link.url" target="_blank" rel="noopener noreferrer external"
              >{{ link.title || link.url
              }}<span class="cdk-visually-hidden"> ({{ 'common.opensInNewTab' | transloco }})</span></a
            >
          </li>
        }
      </ul>
    }
    @if (entry.reviewState === reviewStates.Returned) {
      <p class="return-reason" data-testid="value-return-reason">
        {{ 'review.returnedBecause' | transloco: { reviewer: entry.reviewerName, reason: entry.returnReason } }}
      </p>
    }
    <p class="meta">
      {{ 'milestone.recordedBy' | transloco: { author: entry.authorName, time: (entry.recordedAt | accDate) } }}
      @if (entry.reviewState === reviewStates.Approved && entry.reviewerName) {
        · {{ 'review.approvedBy' | transloco: { reviewer: entry.reviewerName } }}
      }
    </p>
  `,
  styleUrl: './indicator-value-entry.scss',
})
export class IndicatorValueEntry {
  readonly value = input.required<IndicatorValueDto>();
  readonly unit = input.required<string>();

  protected readonly reviewStates = ReviewState;
}
