import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { OperationalStatus } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';

/** Operational status of a commitment or milestone; null reads "not assessed". */
@Component({
  selector: 'acc-status-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [class]="'status-' + (status() ?? 'none')">{{
    'status.' + (status() ?? 'none') | transloco
  }}</span>`,
})
export class StatusBadge {
  readonly status = input.required<OperationalStatus | null>();
}

/** A PAM implementation level, 0-3. */
@Component({
  selector: 'acc-pam-level-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge level" [class]="'level-' + level()">{{ 'pam.' + level() | transloco }}</span>`,
})
export class PamLevelBadge {
  readonly level = input.required<number>();
}

@Component({
  selector: 'acc-overdue-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge overdue">{{ 'common.overdue' | transloco }}</span>`,
})
export class OverdueBadge {}
