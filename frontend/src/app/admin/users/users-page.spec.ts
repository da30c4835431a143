import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AgreementRole, AgreementSummaryDto, ErrorCode, UserDto } from '@accord/shared';
import { configureApiTesting } from '../../../testing/api-testing';
import { settle } from '../../../testing/settle';
import { AuthService } from '../../core/auth/auth.service';
import { UsersPage } from './users-page';

const agreements: AgreementSummaryDto[] = [
  {
    id: 'a1',
    slug: 'mali-2015',
    title: 'Agreement for Peace and Reconciliation in Mali',
    shortTitle: 'Mali 2015',
    country: 'Mali',
    signedOn: '2015-05-15',
    commitmentCount: 2,
  },
  {
    id: 'a2',
    slug: 'colombia-2016',
    title: 'Final Agreement to End the Armed Conflict',
    shortTitle: 'Colombia 2016',
    country: 'Colombia',
    signedOn: '2016-11-24',
    commitmentCount: 5,
  },
];

const aminata: UserDto = {
  id: 'u1',
  email: 'aminata@example.org',
  displayName: 'Aminata Traoré',
  isAdmin: false,
  disabled: false,
  version: 3,
  memberships: [{ agreementId: 'a1', role: AgreementRole.Reviewer, confidentialAccess: true, trusted: false }],
};

const boubacar: UserDto = {
  id: 'u2',
  email: 'boubacar@example.org',
  displayName: 'Boubacar Keita',
  isAdmin: true,
  disabled: true,
  version: 1,
  memberships: [],
};

describe('UsersPage', () => {
  let fixture: ComponentFixture<UsersPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    backend = configureApiTesting();
    fixture = TestBed.createComponent(UsersPage);
    await settle();
    backend.expectOne('/api/users').flush([aminata, boubacar]);
    backend.expectOne('/api/agreements').flush(agreements);
    await settle();
  });

  afterEach(() => backend.verify());

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  /** The page's text as read: runs of spaces and line breaks as one space. */
  function text(element: Element = page()): string {
    return (element.textContent ?? '').replace(/\s+/g, ' ');
  }

  function all(testId: string): HTMLElement[] {
    return Array.from(page().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  }

  function element<T extends HTMLElement = HTMLElement>(testId: string): T {
    const found = page().querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`No ${testId}`);
    return found;
  }

  /** The native input of a Material checkbox. */
  function checkbox(testId: string): HTMLInputElement {
    const input = element(testId).querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (!input) throw new Error(`No checkbox in ${testId}`);
    return input;
  }

  async function type(testId: string, value: string): Promise<void> {
    const field = element<HTMLInputElement | HTMLSelectElement>(testId);
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
    await settle();
  }

  async function click(target: HTMLElement): Promise<void> {
    target.click();
    await settle();
  }

  async function editRow(index: number): Promise<void> {
    await click(all('user-edit')[index]);
  }

  function apiError(status: number, code: ErrorCode, errors?: Record<string, string>) {
    return [
      { statusCode: status, code, message: code, requestId: 'r1', ...(errors && { errors }) },
      { status, statusText: code },
    ] as const;
  }

  it('lists the accounts with their access to agreements as chips', () => {
    const rows = all('user-row');

    expect(rows).toHaveLength(2);
    expect(text(rows[0])).toContain('aminata@example.org');
    expect(text(rows[0])).toContain('Aminata Traoré');
    expect(text(rows[0])).toContain('Mali 2015: Reviewer · confidential');
    expect(text(rows[0])).not.toContain('trusted');
    expect(text(rows[1])).toContain('boubacar@example.org');
    expect(text(rows[1])).toContain('No agreement');
    // Administrator and disabled, in words.
    const cells = (row: HTMLElement) => Array.from(row.querySelectorAll('td'), (cell) => text(cell).trim());
    expect(cells(rows[0]).slice(2, 4)).toEqual(['No', 'No']);
    expect(cells(rows[1]).slice(2, 4)).toEqual(['Yes', 'Yes']);
  });

  it('gives access to another agreement with a PUT of the role, clearance and trust', async () => {
    await editRow(0);
    await type('membership-agreement', 'a2');
    // Nothing held on Colombia yet: a viewer without clearance is proposed, and nothing to remove.
    expect(element<HTMLSelectElement>('membership-role').value).toBe(AgreementRole.Viewer);
    expect(element<HTMLButtonElement>('membership-remove').disabled).toBe(true);

    await type('membership-role', AgreementRole.Monitor);
    await click(checkbox('membership-trusted'));
    await click(element('membership-submit'));

    const request = backend.expectOne('/api/agreements/a2/members/u1');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ role: AgreementRole.Monitor, confidentialAccess: false, trusted: true });
    request.flush({
      ...aminata,
      memberships: [
        ...aminata.memberships,
        { agreementId: 'a2', role: AgreementRole.Monitor, confidentialAccess: false, trusted: true },
      ],
    });
    await settle();

    expect(text(all('user-row')[0])).toContain('Colombia 2016: Monitor · trusted');
    expect(text(element('users-notice'))).toContain('Access of aminata@example.org to Colombia 2016 saved.');
  });

  it('shows what an account holds on the chosen agreement, and removes it with a DELETE', async () => {
    await editRow(0);
    await type('membership-agreement', 'a1');

    expect(element<HTMLSelectElement>('membership-role').value).toBe(AgreementRole.Reviewer);
    expect(checkbox('membership-confidential').checked).toBe(true);
    expect(checkbox('membership-trusted').checked).toBe(false);

    await click(element('membership-remove'));
    const request = backend.expectOne('/api/agreements/a1/members/u1');
    expect(request.request.method).toBe('DELETE');
    request.flush({ ...aminata, memberships: [] });
    await settle();

    expect(text(all('user-row')[0])).not.toContain('Mali 2015');
    expect(text(element('users-notice'))).toContain('aminata@example.org no longer has access to Mali 2015.');
  });

  it('saves an account with If-Match and only the fields changed', async () => {
    await editRow(0);
    await type('edit-name', 'Aminata Traoré-Diallo');
    await click(checkbox('edit-disabled'));
    await click(element('edit-submit'));

    const request = backend.expectOne('/api/users/u1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.headers.get('If-Match')).toBe('"3"');
    expect(request.request.body).toEqual({ displayName: 'Aminata Traoré-Diallo', disabled: true });
    request.flush({ ...aminata, displayName: 'Aminata Traoré-Diallo', disabled: true, version: 4 });
    await settle();

    expect(text(all('user-row')[0])).toContain('Aminata Traoré-Diallo');
    expect(text(element('users-notice'))).toContain('Account aminata@example.org saved.');
  });

  it('on 412 says another administrator was first, reloads the account and keeps what was typed', async () => {
    await editRow(0);
    await type('edit-name', 'Aminata T.');
    await click(element('edit-submit'));

    const stale = backend.expectOne('/api/users/u1');
    expect(stale.request.headers.get('If-Match')).toBe('"3"');
    stale.flush(...apiError(412, ErrorCode.PreconditionFailed));
    await settle();

    // Meanwhile a colleague made her an administrator.
    backend.expectOne('/api/users').flush([{ ...aminata, isAdmin: true, version: 4 }, boubacar]);
    await settle();

    expect(text(element('edit-conflict'))).toContain(
      'Another administrator changed this account while you were editing it.',
    );
    expect(element<HTMLInputElement>('edit-name').value).toBe('Aminata T.');
    // The field left untouched shows the colleague's change, and is not sent back over it.
    expect(checkbox('edit-admin').checked).toBe(true);

    await click(element('edit-submit'));
    const retry = backend.expectOne('/api/users/u1');
    expect(retry.request.headers.get('If-Match')).toBe('"4"');
    expect(retry.request.body).toEqual({ displayName: 'Aminata T.' });
    retry.flush({ ...aminata, isAdmin: true, displayName: 'Aminata T.', version: 5 });
    await settle();

    expect(page().querySelector('[data-testid="edit-conflict"]')).toBeNull();
  });

  it('does not offer administrators to take their own rights away or to disable their own account', async () => {
    TestBed.inject(AuthService).loadCurrentUser().subscribe();
    const { id, email, displayName, isAdmin, memberships } = boubacar;
    backend.expectOne('/api/auth/me').flush({ id, email, displayName, isAdmin, memberships });
    await editRow(1);

    expect(checkbox('edit-admin').disabled).toBe(true);
    expect(checkbox('edit-disabled').disabled).toBe(true);
    expect(text(element('edit-form'))).toContain('This is your own account');

    await editRow(0);
    expect(checkbox('edit-admin').disabled).toBe(false);
  });

  it('sends nothing when nothing changed', async () => {
    await editRow(0);
    await click(element('edit-submit'));

    backend.expectNone('/api/users/u1');
    expect(text(element('edit-form'))).toContain('Nothing has changed');
  });

  it('creates an account with an idempotency key and says when the email is taken', async () => {
    await click(element('user-new'));
    await type('create-email', 'aminata@example.org');
    await type('create-name', 'Aminata bis');
    await type('create-password', 'short');
    await click(element('create-submit'));

    // Checked before sending: 12 characters at least.
    backend.expectNone('/api/users');
    expect(text(element('create-form'))).toContain('Use at least 12 characters.');

    await type('create-password', 'correct horse battery');
    await click(element('create-submit'));

    const request = backend.expectOne((r) => r.method === 'POST' && r.url === '/api/users');
    expect(request.request.body).toEqual({
      email: 'aminata@example.org',
      displayName: 'Aminata bis',
      password: 'correct horse battery',
      isAdmin: false,
    });
    expect(request.request.headers.get('Idempotency-Key')).toBeTruthy();
    request.flush(...apiError(409, ErrorCode.Conflict, { email: 'emailTaken' }));
    await settle();

    expect(text(element('create-form'))).toContain('An account with this email address already exists.');
    // The password is kept: only the address needs changing.
    expect(element<HTMLInputElement>('create-password').value).toBe('correct horse battery');
  });
});
