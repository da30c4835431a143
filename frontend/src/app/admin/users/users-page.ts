import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import {
  AgreementRole,
  CreateUserRequest,
  MembershipDto,
  membershipOf,
  UpdateUserRequest,
  UserDto,
} from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { ApiRequestError, toApiRequestError } from '../../core/errors/api-request-error';
import { ErrorMessagePipe } from '../../core/errors/error-pipes';
import { applyServerFieldErrors } from '../../core/errors/field-errors';
import { Translations } from '../../core/i18n/translations';
import { lastLoadedValue } from '../../core/latest-value';
import { AdminApi } from '../admin-api';
import {
  AdminFieldErrorPipe,
  isConflict,
  newIdempotencyKey,
  notBlank,
  PASSWORD_MAX_LENGTH,
  passwordLength,
} from '../admin-forms';

// The API's limits (CreateUserDto, UpdateUserDto).
const EMAIL_MAX_LENGTH = 254;
const NAME_MAX_LENGTH = 200;

/** A message of the live region: what was just done. */
interface Notice {
  key: string;
  params: Record<string, string>;
}

function byEmail(a: UserDto, b: UserDto): number {
  return a.email.toLowerCase().localeCompare(b.email.toLowerCase());
}

/**
 * Accounts and their access to agreements. An account's edit carries the version read: when another
 * administrator changed it meanwhile the API answers 412, the page says so, reloads the accounts and
 * keeps what was typed (fields left untouched follow the reloaded account). Memberships are not versioned:
 * a role is set or removed as a whole.
 */
@Component({
  selector: 'acc-users-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    ErrorMessagePipe,
    AdminFieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
})
export class UsersPage {
  private readonly api = inject(AdminApi);
  private readonly auth = inject(AuthService);
  private readonly translations = inject(Translations);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);

  protected readonly roles = Object.values(AgreementRole);
  protected readonly columns = ['email', 'displayName', 'isAdmin', 'disabled', 'memberships', 'actions'];
  protected readonly passwordMaxLength = PASSWORD_MAX_LENGTH;

  protected readonly usersResource = rxResource({ stream: () => this.api.users() });
  /** The accounts as last loaded, with the changes the API confirmed since; kept while reloading. */
  protected readonly users = lastLoadedValue(this.usersResource, () => 'users');
  private readonly agreementsResource = rxResource({ stream: () => this.api.agreements() });
  protected readonly agreements = computed(() =>
    this.agreementsResource.hasValue() ? this.agreementsResource.value() : [],
  );
  private readonly agreementNames = computed(
    () => new Map(this.agreements().map((agreement) => [agreement.id, agreement.shortTitle])),
  );

  protected readonly notice = signal<Notice | null>(null);

  // Creating an account.
  protected readonly creating = signal(false);
  protected readonly createForm = this.formBuilder.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    displayName: ['', [notBlank, Validators.maxLength(NAME_MAX_LENGTH)]],
    password: ['', [Validators.required, passwordLength, Validators.maxLength(PASSWORD_MAX_LENGTH)]],
    isAdmin: [false],
  });
  protected readonly createSaving = signal(false);
  protected readonly createError = signal<ApiRequestError | null>(null);
  /** The key of the last creating request, reused only for the very same body. */
  private createAttempt: { body: string; key: string } | undefined;
  private readonly createEmail = viewChild<ElementRef<HTMLInputElement>>('createEmail');

  // Editing an account.
  protected readonly selectedUserId = signal<string | null>(null);
  /** The account being edited, as the API last gave it: its version is the one a save sends. */
  protected readonly selectedUser = computed(() => this.users()?.find(({ id }) => id === this.selectedUserId()));
  protected readonly ownAccount = computed(() => {
    const user = this.selectedUser();
    return !!user && user.id === this.auth.currentUser()?.id;
  });
  protected readonly editForm = this.formBuilder.group({
    displayName: ['', [notBlank, Validators.maxLength(NAME_MAX_LENGTH)]],
    isAdmin: [false],
    disabled: [false],
    password: ['', [passwordLength, Validators.maxLength(PASSWORD_MAX_LENGTH)]],
  });
  protected readonly editSaving = signal(false);
  protected readonly editError = signal<ApiRequestError | null>(null);
  protected readonly editConflict = computed(() => isConflict(this.editError()));
  protected readonly nothingToSave = signal(false);
  private readonly editHeading = viewChild<ElementRef<HTMLElement>>('editHeading');

  // The selected account's access to one agreement.
  protected readonly membershipForm = this.formBuilder.group({
    agreementId: [''],
    role: [AgreementRole.Viewer as AgreementRole],
    confidentialAccess: [false],
    trusted: [false],
  });
  private readonly membershipAgreementId = signal('');
  /** What the selected account holds on the agreement chosen in the membership form. */
  protected readonly currentMembership = computed(() => {
    const user = this.selectedUser();
    const agreementId = this.membershipAgreementId();
    return user && agreementId ? membershipOf(user, agreementId) : undefined;
  });
  protected readonly membershipSaving = signal(false);
  protected readonly membershipError = signal<ApiRequestError | null>(null);

  constructor() {
    // The account was reloaded (after a 412) or changed: fields the user has not touched show its values.
    effect(() => {
      const user = this.selectedUser();
      untracked(() => {
        if (!user) return;
        const { displayName, isAdmin, disabled } = this.editForm.controls;
        if (displayName.pristine) displayName.setValue(user.displayName);
        if (isAdmin.pristine) isAdmin.setValue(user.isAdmin);
        if (disabled.pristine) disabled.setValue(user.disabled);
      });
    });

    // An administrator cannot take their own rights away nor lock themselves out (the API refuses it too).
    effect(() => {
      const own = this.ownAccount();
      untracked(() => {
        for (const control of [this.editForm.controls.isAdmin, this.editForm.controls.disabled]) {
          if (own) control.disable({ emitEvent: false });
          else control.enable({ emitEvent: false });
        }
      });
    });

    this.membershipForm.controls.agreementId.valueChanges.pipe(takeUntilDestroyed()).subscribe((agreementId) => {
      this.membershipAgreementId.set(agreementId);
      this.fillMembershipForm();
    });
  }

  protected agreementName(agreementId: string): string {
    return this.agreementNames().get(agreementId) ?? agreementId;
  }

  /** "Mali 2015: Reviewer · confidential · trusted". Follows a language switch (the translations are signals). */
  protected membershipLabel(membership: MembershipDto): string {
    const role = `${this.agreementName(membership.agreementId)}: ${this.translations.translate(`role.${membership.role}`)}`;
    return [
      role,
      ...(membership.confidentialAccess ? [this.translations.translate('admin.users.chipConfidential')] : []),
      ...(membership.trusted ? [this.translations.translate('admin.users.chipTrusted')] : []),
    ].join(' · ');
  }

  protected reload(): void {
    this.usersResource.reload();
  }

  protected openCreate(): void {
    this.creating.set(true);
    this.createError.set(null);
    afterNextRender(() => this.createEmail()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancelCreate(): void {
    this.creating.set(false);
    this.createForm.reset();
    this.createError.set(null);
  }

  protected create(): void {
    if (this.createSaving()) return;
    if (this.createForm.invalid) {
      this.createForm.markAllAsTouched();
      return;
    }
    const { email, displayName, password, isAdmin } = this.createForm.getRawValue();
    const request: CreateUserRequest = { email: email.trim(), displayName: displayName.trim(), password, isAdmin };
    const body = JSON.stringify(request);
    if (this.createAttempt?.body !== body) this.createAttempt = { body, key: newIdempotencyKey() };
    this.createSaving.set(true);
    this.createError.set(null);
    this.run(this.api.createUser(request, this.createAttempt.key), {
      next: (user) => {
        this.createSaving.set(false);
        this.createAttempt = undefined;
        this.users.update((users) => [...(users ?? []).filter(({ id }) => id !== user.id), user].sort(byEmail));
        this.creating.set(false);
        this.createForm.reset();
        this.notice.set({ key: 'admin.users.created', params: { email: user.email } });
      },
      error: (error) => {
        this.createSaving.set(false);
        this.createError.set(error);
        applyServerFieldErrors(this.createForm, error.fieldErrors, error.message);
      },
    });
  }

  protected edit(user: UserDto): void {
    this.selectedUserId.set(user.id);
    this.editForm.reset({
      displayName: user.displayName,
      isAdmin: user.isAdmin,
      disabled: user.disabled,
      password: '',
    });
    this.editError.set(null);
    this.nothingToSave.set(false);
    this.membershipError.set(null);
    this.membershipForm.reset({
      agreementId: '',
      role: AgreementRole.Viewer,
      confidentialAccess: false,
      trusted: false,
    });
    afterNextRender(() => this.editHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected closeEdit(): void {
    this.selectedUserId.set(null);
  }

  protected saveAccount(): void {
    const user = this.selectedUser();
    if (!user || this.editSaving()) return;
    if (this.editForm.invalid) {
      this.editForm.markAllAsTouched();
      return;
    }
    const changes = this.accountChanges(user);
    this.nothingToSave.set(!changes);
    if (!changes) return;
    this.editSaving.set(true);
    this.editError.set(null);
    this.run(this.api.updateUser(user, changes), {
      next: (updated) => {
        this.editSaving.set(false);
        this.replaceUser(updated);
        this.editForm.reset({
          displayName: updated.displayName,
          isAdmin: updated.isAdmin,
          disabled: updated.disabled,
          password: '',
        });
        this.notice.set({ key: 'admin.users.saved', params: { email: updated.email } });
      },
      error: (error) => {
        this.editSaving.set(false);
        this.editError.set(error);
        applyServerFieldErrors(this.editForm, error.fieldErrors, error.message);
        // Another administrator was first: read the account again; what was typed stays in the form.
        if (isConflict(error)) this.usersResource.reload();
      },
    });
  }

  protected saveMembership(): void {
    const user = this.selectedUser();
    const { agreementId, role, confidentialAccess, trusted } = this.membershipForm.getRawValue();
    if (!user || !agreementId || this.membershipSaving()) return;
    this.membershipSaving.set(true);
    this.membershipError.set(null);
    this.run(this.api.putMembership(agreementId, user.id, { role, confidentialAccess, trusted }), {
      next: (updated) => {
        this.membershipSaving.set(false);
        this.replaceUser(updated);
        this.notice.set({
          key: 'admin.users.membershipSaved',
          params: { email: updated.email, agreement: this.agreementName(agreementId) },
        });
      },
      error: (error) => {
        this.membershipSaving.set(false);
        this.membershipError.set(error);
      },
    });
  }

  protected removeMembership(): void {
    const user = this.selectedUser();
    const agreementId = this.membershipForm.controls.agreementId.value;
    if (!user || !agreementId || this.membershipSaving()) return;
    this.membershipSaving.set(true);
    this.membershipError.set(null);
    this.run(this.api.removeMembership(agreementId, user.id), {
      next: (updated) => {
        this.membershipSaving.set(false);
        this.replaceUser(updated);
        this.fillMembershipForm();
        this.notice.set({
          key: 'admin.users.membershipRemoved',
          params: { email: updated.email, agreement: this.agreementName(agreementId) },
        });
      },
      error: (error) => {
        this.membershipSaving.set(false);
        this.membershipError.set(error);
      },
    });
  }

  /** The role, clearance and trust the account holds on the chosen agreement, or a viewer's defaults. */
  private fillMembershipForm(): void {
    const membership = this.currentMembership();
    this.membershipForm.patchValue(
      {
        role: membership?.role ?? AgreementRole.Viewer,
        confidentialAccess: membership?.confidentialAccess ?? false,
        trusted: membership?.trusted ?? false,
      },
      { emitEvent: false },
    );
  }

  /** The fields that differ from the account as last read; undefined when there is nothing to save. */
  private accountChanges(user: UserDto): UpdateUserRequest | undefined {
    const { displayName, isAdmin, disabled, password } = this.editForm.getRawValue();
    const changes: UpdateUserRequest = {
      ...(displayName.trim() !== user.displayName && { displayName: displayName.trim() }),
      ...(isAdmin !== user.isAdmin && { isAdmin }),
      ...(disabled !== user.disabled && { disabled }),
      ...(password !== '' && { password }),
    };
    return Object.keys(changes).length > 0 ? changes : undefined;
  }

  private replaceUser(updated: UserDto): void {
    this.users.update((users) => users?.map((user) => (user.id === updated.id ? updated : user)));
  }

  private run<T>(request: Observable<T>, handlers: { next: (value: T) => void; error: (e: ApiRequestError) => void }) {
    this.notice.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: handlers.next,
      error: (failure: unknown) => handlers.error(toApiRequestError(failure)),
    });
  }
}
