import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { AgreementDetailDto, UpdateAgreementSettingsRequest } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { ApiRequestError, toApiRequestError } from '../../core/errors/api-request-error';
import { ErrorMessagePipe } from '../../core/errors/error-pipes';
import { isNotFound } from '../../core/errors/not-found';
import { lastLoadedValue } from '../../core/latest-value';
import { MessagePage } from '../../core/layout/message-page';
import { AdminApi } from '../admin-api';
import { isConflict } from '../admin-forms';

type Settings = Required<UpdateAgreementSettingsRequest>;

function settingsOf(agreement: AgreementDetailDto): Settings {
  return { publicPage: agreement.publicPage, trustedUpdatesSkipReview: agreement.trustedUpdatesSkipReview };
}

/**
 * The two settings of an agreement: its public page, and whether trusted monitors' updates count
 * without review. A save carries the version read: when another administrator changed the agreement
 * meanwhile the API answers 412, the page says so, reloads it and keeps the switches the user turned.
 */
@Component({
  selector: 'acc-agreement-settings-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    TranslocoPipe,
    ErrorMessagePipe,
    MessagePage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agreement-settings-page.html',
  styleUrl: './agreement-settings-page.scss',
})
export class AgreementSettingsPage {
  private readonly api = inject(AdminApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly origin = inject(DOCUMENT).location.origin;

  readonly agreementId = input.required<string>();

  protected readonly agreementResource = rxResource({
    params: () => this.agreementId(),
    stream: ({ params: agreementId }) => this.api.agreement(agreementId),
  });
  /** The agreement as last read or saved: its version is the one a save sends. Kept while reloading. */
  protected readonly agreement = lastLoadedValue(this.agreementResource, this.agreementId);
  protected readonly notFound = computed(() => !this.agreement() && isNotFound(this.agreementResource.error()));

  protected readonly form = inject(NonNullableFormBuilder).group<Settings>({
    publicPage: false,
    trustedUpdatesSkipReview: false,
  });
  private readonly formValue = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });

  /** The address of the public page, which exists once `publicPage` is saved on. */
  protected readonly publicUrl = computed(() => {
    const slug = this.agreement()?.slug;
    return slug ? `${this.origin}/public/${encodeURIComponent(slug)}` : '';
  });
  protected readonly publicPageOn = computed(() => this.formValue().publicPage);
  protected readonly publicPageSaved = computed(() => !!this.agreement()?.publicPage);

  protected readonly saving = signal(false);
  protected readonly error = signal<ApiRequestError | null>(null);
  protected readonly conflict = computed(() => isConflict(this.error()));
  protected readonly saved = signal(false);
  protected readonly nothingToSave = signal(false);

  constructor() {
    // The agreement was loaded or reloaded (after a 412): switches the user has not turned show its values.
    effect(() => {
      const agreement = this.agreement();
      untracked(() => {
        if (!agreement) return;
        const { publicPage, trustedUpdatesSkipReview } = this.form.controls;
        if (publicPage.pristine) publicPage.setValue(agreement.publicPage);
        if (trustedUpdatesSkipReview.pristine) trustedUpdatesSkipReview.setValue(agreement.trustedUpdatesSkipReview);
      });
    });

    // A switch turned after a save: "saved" no longer describes what is shown.
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      if (this.form.dirty) {
        this.saved.set(false);
        this.nothingToSave.set(false);
      }
    });
  }

  protected save(): void {
    const agreement = this.agreement();
    if (!agreement || this.saving()) return;
    const changes = this.changes(agreement);
    this.nothingToSave.set(!changes);
    this.saved.set(false);
    if (!changes) return;
    this.saving.set(true);
    this.error.set(null);
    this.api
      .updateAgreementSettings(agreement, changes)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.saving.set(false);
          this.agreement.set(updated);
          this.form.reset(settingsOf(updated));
          this.saved.set(true);
          // The rest of the app keeps agreements for the session: it should read the new settings.
          this.api.forgetSharedAgreements();
        },
        error: (failure: unknown) => {
          const error = toApiRequestError(failure);
          this.saving.set(false);
          this.error.set(error);
          // Another administrator was first: read the agreement again; the switches turned stay as they are.
          if (isConflict(error)) this.agreementResource.reload();
        },
      });
  }

  protected reload(): void {
    this.agreementResource.reload();
  }

  /** The settings that differ from the agreement as last read; undefined when nothing changed. */
  private changes(agreement: AgreementDetailDto): UpdateAgreementSettingsRequest | undefined {
    const current = settingsOf(agreement);
    const wanted = this.form.getRawValue();
    const changes: UpdateAgreementSettingsRequest = {
      ...(wanted.publicPage !== current.publicPage && { publicPage: wanted.publicPage }),
      ...(wanted.trustedUpdatesSkipReview !== current.trustedUpdatesSkipReview && {
        trustedUpdatesSkipReview: wanted.trustedUpdatesSkipReview,
      }),
    };
    return Object.keys(changes).length > 0 ? changes : undefined;
  }
}
