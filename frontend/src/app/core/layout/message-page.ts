import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** A page that only says something: nothing found, nothing to show yet. The key comes from route data. */
@Component({
  selector: 'acc-message-page',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="page-message">{{ messageKey() | transloco }}</p>`,
  styles: `
    .page-message {
      margin: 3rem auto;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MessagePage {
  readonly messageKey = input.required<string>();
}
