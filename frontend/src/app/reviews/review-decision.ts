import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

const RETURN_REASON_MAX_LENGTH = 2000;

/** A reviewer's decision on one submitted item: approve it, or return it to its author with a reason. */
@Component({
  selector: 'acc-review-decision',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-decision.html',
  styleUrl: './review-decision.scss',
})
export class ReviewDecision {
  /** A decision on this item is on its way. */
  readonly busy = input(false);

  readonly approved = output<void>();
  /** The reason, trimmed. */
  readonly returned = output<string>();

  protected readonly reasonMaxLength = RETURN_REASON_MAX_LENGTH;
  protected readonly returning = signal(false);
  protected readonly reason = signal('');

  protected startReturn(): void {
    this.returning.set(true);
    this.reason.set('');
  }

  protected confirmReturn(): void {
    const reason = this.reason().trim();
    if (reason) this.returned.emit(reason);
  }
}
