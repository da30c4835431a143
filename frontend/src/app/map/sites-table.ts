import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { SiteDto } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';

/** Cantonment sites and MOC camps with their state as of the page's day, and why. */
@Component({
  selector: 'acc-sites-table',
  imports: [TranslocoPipe, LocalizedDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (sites().length) {
      <div class="table-scroll">
        <table class="data-table" data-testid="sites">
          <caption>
            {{
              'sites.caption' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'sites.name' | transloco }}</th>
              <th scope="col">{{ 'sites.kindColumn' | transloco }}</th>
              <th scope="col">{{ 'sites.region' | transloco }}</th>
              <th scope="col">{{ 'sites.stateColumn' | transloco }}</th>
              <th scope="col">{{ 'sites.note' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (site of sites(); track site.id) {
              <tr [attr.data-testid]="'site-' + site.id">
                <th scope="row">{{ site.name }}</th>
                <td>{{ 'sites.kind.' + site.kind | transloco }}</td>
                <td>{{ site.regionName }}</td>
                <td class="nowrap">
                  {{ 'sites.state.' + (site.state ?? 'none') | transloco }}
                  @if (site.stateSince) {
                    <span class="when">{{ 'sites.since' | transloco: { date: (site.stateSince | accDate) } }}</span>
                  }
                </td>
                <td>{{ site.stateNote ?? '—' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="empty">{{ 'sites.none' | transloco }}</p>
    }
  `,
  styles: `
    .table-scroll {
      overflow-x: auto;
    }
    caption {
      padding-block: 0.5rem;
      text-align: start;
      font-weight: 500;
    }
    .when,
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    .when {
      display: block;
      font-size: 0.85em;
    }
  `,
})
export class SitesTable {
  readonly sites = input.required<readonly SiteDto[]>();
}
