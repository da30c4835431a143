import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { EvidenceDto, EvidenceKind } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalizedNumberPipe } from '../core/i18n/localized-number.pipe';
import { saveBlob } from '../core/save-blob';
import { EvidenceApi } from './evidence-api';

/** The evidence of an update: links open in a new tab, files download with the user's credentials. */
@Component({
  selector: 'acc-evidence-list',
  imports: [MatButtonModule, TranslocoPipe, LocalizedNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="evidence" data-testid="evidence-list">
      @for (item of evidence(); track item.id) {
        <li>
          @if (item.kind === fileKind) {
            <button
              mat-button
              type="button"
              [attr.data-testid]="'evidence-download-' + item.id"
              (click)="download(item)"
            >
              {{ item.title }} ({{ item.fileName }}, {{ (item.sizeBytes ?? 0) / 1024 | accNumber: 1 }} kB)
            </button>
            <span class="sha" [title]="item.sha256 ?? ''">SHA-256 {{ item.sha256?.slice(0, 12) }}…</span>
          } @else {
            <a [href]="item.url" target="_blank" rel="noopener noreferrer external"
              >{{ item.title }}<span class="cdk-visually-hidden"> ({{ 'common.opensInNewTab' | transloco }})</span></a
            >
          }
          <span class="reliability">{{ 'evidence.reliability.' + item.reliability | transloco }}</span>
          @if (item.confidential) {
            <span class="confidential">{{ 'evidence.confidential' | transloco }}</span>
          }
        </li>
      }
    </ul>
    @if (failed()) {
      <p class="field-error" role="alert">{{ 'evidence.downloadFailed' | transloco }}</p>
    }
  `,
  styles: `
    .evidence {
      margin: 0.25rem 0;
      padding-inline-start: 1.25rem;
    }
    .sha,
    .reliability,
    .confidential {
      margin-inline-start: 0.5rem;
      font-size: 0.85em;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class EvidenceList {
  private readonly api = inject(EvidenceApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly evidence = input.required<EvidenceDto[]>();
  protected readonly fileKind = EvidenceKind.File;
  protected readonly failed = signal(false);

  protected download(item: EvidenceDto): void {
    this.failed.set(false);
    this.api
      .download(item)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (blob) => saveBlob(blob, item.fileName ?? 'evidence'),
        error: () => this.failed.set(true),
      });
  }
}
