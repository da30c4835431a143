import { Dir } from '@angular/cdk/bidi';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { LanguageService } from './core/i18n/language.service';

/** The `dir` binding tells Material's components (menus, paginator, overlays) the text direction. */
@Component({
  selector: 'acc-root',
  imports: [RouterOutlet, Dir],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div [dir]="language.direction()"><router-outlet /></div>`,
})
export class App {
  protected readonly language = inject(LanguageService);
}
