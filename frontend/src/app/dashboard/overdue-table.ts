import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { OverdueItemDto } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { LocalizedNumberPipe } from '../core/i18n/localized-number.pipe';
import { PamLevelBadge } from '../ui/badges';

/** Overdue commitments and milestones (dashboard, what changed); titles link to their commitment when asked. */
@Component({
  selector: 'acc-overdue-table',
  imports: [RouterLink, TranslocoPipe, LocalizedDatePipe, LocalizedNumberPipe, PamLevelBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll">
      <table class="data-table" [attr.data-testid]="testId()">
        <thead>
          <tr>
            <th scope="col">{{ 'overdue.reference' | transloco }}</th>
            <th scope="col">{{ 'overdue.item' | transloco }}</th>
            <th scope="col">{{ 'overdue.kind' | transloco }}</th>
            <th scope="col">{{ 'overdue.dueDate' | transloco }}</th>
            <th scope="col" class="numeric">{{ 'overdue.daysOverdue' | transloco }}</th>
            <th scope="col">{{ 'overdue.level' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (item of items(); track item.kind + item.id) {
            <tr>
              <td class="nowrap">{{ item.reference }}</td>
              <td>
                @if (links()) {
                  <a [routerLink]="['/commitments', item.commitmentId]">{{ item.title }}</a>
                } @else {
                  {{ item.title }}
                }
              </td>
              <td>{{ 'overdue.kinds.' + item.kind | transloco }}</td>
              <td class="nowrap">{{ item.dueDate | accDate }}</td>
              <td class="numeric">{{ item.daysOverdue | accNumber }}</td>
              <td><acc-pam-level-badge [level]="item.pamLevel" /></td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .table-scroll {
      overflow-x: auto;
    }
  `,
})
export class OverdueTable {
  readonly items = input.required<OverdueItemDto[]>();
  readonly links = input(true);
  readonly testId = input<string>();
}
