import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../i18n/language.service';

/** Languages are listed under their own names, the way users look for them. */
@Component({
  selector: 'acc-language-menu',
  imports: [MatButtonModule, MatMenuModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'language.choose' | transloco: { current: activeLabel() }"
    >
      {{ activeLabel() }}
    </button>
    <mat-menu #menu="matMenu">
      @for (option of language.languages; track option.id) {
        <button
          mat-menu-item
          type="button"
          [attr.lang]="option.id"
          [attr.aria-current]="option.id === language.active() ? 'true' : null"
          (click)="choose(option.id)"
        >
          {{ option.label }}
        </button>
      }
    </mat-menu>
  `,
})
export class LanguageMenu {
  protected readonly language = inject(LanguageService);

  protected readonly activeLabel = computed(() => {
    const active = this.language.active();
    return this.language.languages.find(({ id }) => id === active)?.label ?? active;
  });

  protected choose(language: string): void {
    this.language.choose(language).subscribe();
  }
}
