import { ChangeDetectionStrategy, Component, computed, inject, input, Signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { isIsoDate } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { agreementWithCalendar } from '../core/api/agreements-api';
import { latestValue } from '../core/latest-value';

/** The `asOf` query parameter when it is a date (an edited link may hold anything). */
export function validAsOf(asOf: () => string | undefined): Signal<string | undefined> {
  return computed(() => {
    const value = asOf();
    return isIsoDate(value) ? value : undefined;
  });
}

/**
 * The figures of a page as of the day in its URL (today when none), with the agreement's calendar that
 * bounds the days one may choose and the day shown in the field: the one asked for, or the one the API
 * answered for. Call in an injection context.
 */
export function figuresAsOf<T extends { asOf: string }>(
  agreementId: () => string,
  asOf: () => string | undefined,
  load: (agreementId: string, asOf?: string) => Observable<T>,
) {
  const day = validAsOf(asOf);
  const agreement = agreementWithCalendar(agreementId);
  const resource = rxResource({
    // Without a date the server answers as of today in the agreement's own time zone, and says which day.
    params: () => ({ agreementId: agreementId(), asOf: day() }),
    stream: ({ params }) => load(params.agreementId, params.asOf),
  });
  const value = latestValue(resource);
  return {
    agreement,
    resource,
    value,
    shownAsOf: computed(() => day() || value()?.asOf || agreement.today()),
  };
}

/**
 * The day a page shows its figures for, kept in the URL's `asOf` (absent means today, so a bookmark
 * without it follows the days). Only days from the signature to today can be chosen.
 */
@Component({
  selector: 'acc-as-of-field',
  imports: [MatFormFieldModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="as-of">
      <mat-label>{{ 'dashboard.asOf' | transloco }}</mat-label>
      <input
        #asOfInput
        matInput
        type="date"
        data-testid="as-of"
        [value]="value()"
        [max]="today()"
        [attr.min]="earliest()"
        (change)="changeAsOf(asOfInput)"
      />
    </mat-form-field>
  `,
})
export class AsOfField {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  readonly value = input.required<string>();
  readonly today = input.required<string>();
  readonly earliest = input<string | null>(null);

  protected changeAsOf(input: HTMLInputElement): void {
    // A date still being typed (or not a date) reads as empty with `badInput`: wait for a whole one.
    if (input.validity.badInput) return;
    const asOf = input.value;
    if (asOf && !this.isChoosable(asOf)) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { asOf: asOf && asOf !== this.today() ? asOf : null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  private isChoosable(asOf: string): boolean {
    const earliest = this.earliest();
    return isIsoDate(asOf) && asOf <= this.today() && (!earliest || asOf >= earliest);
  }
}
