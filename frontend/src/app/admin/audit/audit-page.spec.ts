import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router, RouterOutlet } from '@angular/router';
import {
  AgreementSummaryDto,
  AuditAction,
  AuditPageDto,
  AuditProblem,
  AuditRecordDto,
  AuditVerificationDto,
} from '@accord/shared';
import { translocoTesting } from '../../../testing/i18n';
import { settle } from '../../../testing/settle';
import { apiErrorInterceptor } from '../../core/errors/api-error.interceptor';
import { AuditPage } from './audit-page';

@Component({ selector: 'acc-test-host', imports: [RouterOutlet], template: '<router-outlet />' })
class Host {}

const MALI = '6f1c1b4e-3a0d-4c8e-9a57-1e2b3c4d5e6f';
const USER = '0b8f3a52-9d1e-4c3b-8a7f-2e6d5c4b3a21';

const agreements: AgreementSummaryDto[] = [
  {
    id: MALI,
    slug: 'mali-2015',
    title: 'Agreement for Peace and Reconciliation in Mali',
    shortTitle: 'Mali 2015',
    country: 'Mali',
    signedOn: '2015-05-15',
    commitmentCount: 2,
  },
];

function record(seq: number, overrides: Partial<AuditRecordDto> = {}): AuditRecordDto {
  return {
    seq,
    recordedAt: '2026-03-02T10:15:00Z',
    actorId: 'u9',
    actorLabel: 'admin@example.org',
    action: AuditAction.MembershipChanged,
    entityType: 'user',
    entityId: USER,
    agreementId: MALI,
    before: { role: 'viewer' },
    after: { role: 'monitor', trusted: true },
    requestId: `req-${seq}`,
    clientIp: '10.0.0.7',
    previousHash: `hash-${seq - 1}`,
    hash: `hash-${seq}`,
    ...overrides,
  };
}

describe('AuditPage', () => {
  let fixture: ComponentFixture<Host>;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([{ path: 'admin/audit', component: AuditPage }]),
        provideHttpClient(withInterceptors([apiErrorInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(Host);
  });

  afterEach(() => backend.verify());

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

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

  function recordsRequest(): TestRequest {
    return backend.expectOne((request) => request.url === '/api/audit-records');
  }

  async function open(url: string): Promise<TestRequest> {
    await router.navigateByUrl(url);
    await settle();
    backend.expectOne('/api/agreements').flush(agreements);
    return recordsRequest();
  }

  async function answer(request: TestRequest, body: AuditPageDto): Promise<void> {
    request.flush(body);
    await settle();
  }

  function params(request: TestRequest): Record<string, string | null> {
    const { params } = request.request;
    return Object.fromEntries(params.keys().map((key) => [key, params.get(key)]));
  }

  it('sends the filters chosen as query parameters, and keeps them in the URL', async () => {
    const first = await open('/admin/audit');
    expect(params(first)).toEqual({});
    await answer(first, { items: [record(12)], nextBeforeSeq: null });

    await type('audit-filter-agreement', MALI);
    await type('audit-filter-action', AuditAction.UserUpdated);
    await type('audit-filter-from', '2026-03-01');
    await type('audit-filter-to', '2026-03-31');
    await type('audit-filter-entity', ` ${USER} `);
    await click(element('audit-apply'));

    const filtered = recordsRequest();
    expect(params(filtered)).toEqual({
      agreementId: MALI,
      action: 'user.updated',
      from: '2026-03-01',
      to: '2026-03-31',
      entityId: USER,
    });
    expect(router.url).toContain('action=user.updated');
    await answer(filtered, { items: [], nextBeforeSeq: null });

    expect(text()).toContain('No record matches these filters.');
  });

  it('does not send an entity id that is not one', async () => {
    await answer(await open('/admin/audit'), { items: [], nextBeforeSeq: null });

    await type('audit-filter-entity', 'DROP TABLE');
    await click(element('audit-apply'));

    backend.expectNone((request) => request.url === '/api/audit-records');
    expect(text(element('audit-filters'))).toContain('Not a valid identifier.');
  });

  it('lists the newest records first and loads older ones from nextBeforeSeq, with the same filters', async () => {
    const first = await open(`/admin/audit?action=${AuditAction.MembershipChanged}`);
    expect(params(first)).toEqual({ action: 'membership.changed' });
    await answer(first, { items: [record(12), record(11)], nextBeforeSeq: 11 });

    const rows = all('audit-row');
    expect(rows).toHaveLength(2);
    expect(text(rows[0])).toContain('admin@example.org');
    expect(text(rows[0])).toContain('Access changed');
    expect(text(rows[0])).toContain('Mali 2015');
    expect(text(rows[0])).toContain('req-12');

    await click(element('audit-older'));
    const older = recordsRequest();
    expect(params(older)).toEqual({ action: 'membership.changed', beforeSeq: '11' });
    await answer(older, {
      items: [record(10, { actorLabel: null, action: AuditAction.UserCreated })],
      nextBeforeSeq: null,
    });

    expect(all('audit-row').map((row) => text(row))).toEqual([
      expect.stringContaining('req-12'),
      expect.stringContaining('req-11'),
      expect.stringContaining('System'),
    ]);
    expect(page().querySelector('[data-testid="audit-older"]')).toBeNull();
    expect(text()).toContain('This is the start of the trail.');
  });

  it('shows the states before and after, and the hash, of an expanded record', async () => {
    await answer(await open('/admin/audit'), { items: [record(12)], nextBeforeSeq: null });
    expect(all('audit-detail')).toHaveLength(0);

    const toggle = element('audit-toggle');
    await click(toggle);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const detail = element('audit-detail');
    expect(detail.id).toBe(toggle.getAttribute('aria-controls'));
    expect(JSON.parse(element('audit-before').textContent ?? '')).toEqual({ role: 'viewer' });
    expect(JSON.parse(element('audit-after').textContent ?? '')).toEqual({ role: 'monitor', trusted: true });
    expect(text(element('audit-hash'))).toBe('hash-12');
  });

  it('says at which record and how the chain is broken', async () => {
    await answer(await open('/admin/audit'), { items: [], nextBeforeSeq: null });

    await click(element('audit-verify'));
    const broken: AuditVerificationDto = {
      checked: 1041,
      valid: false,
      lastSeq: 1200,
      lastHash: 'f00d',
      brokenSeq: 1042,
      problem: AuditProblem.ContentChanged,
    };
    backend.expectOne('/api/audit-records/verification').flush(broken);
    await settle();

    const message = element('audit-chain-broken');
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.classList).toContain('broken');
    expect(text(message)).toContain('The chain is broken at record #1042:');
    expect(text(message)).toContain('its content no longer matches its hash');
    expect(text(message)).toContain('1,041 records were checked.');
    expect(page().querySelector('[data-testid="audit-chain-intact"]')).toBeNull();
  });

  it('says the chain is intact with the count and the last hash', async () => {
    await answer(await open('/admin/audit'), { items: [], nextBeforeSeq: null });

    await click(element('audit-verify'));
    backend.expectOne('/api/audit-records/verification').flush({
      checked: 1200,
      valid: true,
      lastSeq: 1200,
      lastHash: 'c0ffee',
      brokenSeq: null,
      problem: null,
    } satisfies AuditVerificationDto);
    await settle();

    const message = element('audit-chain-intact');
    expect(message.classList).toContain('intact');
    expect(text(message)).toContain('The chain is intact.');
    expect(text(message)).toContain('1,200 records checked');
    expect(text(message)).toContain('#1200');
    expect(text(element('audit-last-hash'))).toBe('c0ffee');
  });
});
