import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Page, ReceivedReportDto } from '@accord/shared';
import { configureApiTesting } from '../../testing/api-testing';
import { byTestId } from '../../testing/by-test-id';
import { settle } from '../../testing/settle';
import { ReceivedReports } from './received-reports';

const received = (id: string, overrides: Partial<ReceivedReportDto> = {}): ReceivedReportDto => ({
  id,
  agreementId: 'a1',
  agreementTitle: 'Agreement for Peace and Reconciliation in Mali',
  asOf: '2026-01-31',
  previousAsOf: '2025-12-31',
  language: 'fr',
  filters: { pillarId: null },
  includesConfidential: false,
  generatedAt: '2026-02-05T00:00:10.000Z',
  generatedById: 'u1',
  generatedByName: 'Ada Admin',
  contentHash: '0'.repeat(64),
  deliveredAt: '2026-02-05T00:00:12.000Z',
  readAt: null,
  ...overrides,
});
const page = (items: ReceivedReportDto[]): Page<ReceivedReportDto> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 50,
});

describe('ReceivedReports', () => {
  let fixture: ComponentFixture<ReceivedReports>;
  let backend: HttpTestingController;
  const { element, find, text } = byTestId(() => fixture);
  const listRequest = () => backend.expectOne((request) => request.url === '/api/me/reports');

  async function open(items: ReceivedReportDto[]): Promise<void> {
    backend = configureApiTesting();
    fixture = TestBed.createComponent(ReceivedReports);
    fixture.componentRef.setInput('agreementId', 'a1');
    await settle();
    const list = listRequest();
    expect(list.request.params.get('agreementId')).toBe('a1');
    list.flush(page(items));
    await settle();
  }

  afterEach(() => backend.verify());

  it('shows nothing until a report was sent to the user', async () => {
    await open([]);

    expect(find('received-reports')).toBeNull();
  });

  it('lists the reports sent, the unread ones marked new', async () => {
    await open([received('r1'), received('r2', { asOf: '2025-12-31', readAt: '2026-01-06T08:00:00.000Z' })]);

    expect(text('received-reports')).toContain('Sent to you');
    expect(text('received-r1')).toContain('Jan 31, 2026');
    expect(text('received-r1')).toContain('Dec 31, 2025');
    expect(text('received-r1')).toContain('French');
    expect(text('received-r1')).toContain('Feb 5, 2026');
    expect(text('received-unread-r1')).toBe('New');
    expect(find('received-unread-r2')).toBeNull();
  });

  it('downloads a report, then marks it read and lists it again; one read before is not marked again', async () => {
    await open([received('r1'), received('r2', { readAt: '2026-01-06T08:00:00.000Z' })]);
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:report'), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    element<HTMLButtonElement>('received-pdf-r1').click();
    backend.expectOne('/api/reports/r1/pdf').flush(new Blob(['%PDF-1.7']));
    await settle();
    const read = backend.expectOne({ method: 'POST', url: '/api/reports/r1/read' });
    read.flush(received('r1', { readAt: '2026-02-06T09:00:00.000Z' }));
    await settle();
    listRequest().flush(page([received('r1', { readAt: '2026-02-06T09:00:00.000Z' })]));
    await settle();
    expect(click).toHaveBeenCalledTimes(1);
    expect(find('received-unread-r1')).toBeNull();

    element<HTMLButtonElement>('received-pdf-r1').click();
    backend.expectOne('/api/reports/r1/pdf').flush(new Blob(['%PDF-1.7']));
    await settle();
    backend.expectNone('/api/reports/r1/read');
    click.mockRestore();
  });

  it('says so when the PDF cannot be downloaded, and leaves the report unread', async () => {
    await open([received('r1')]);

    element<HTMLButtonElement>('received-pdf-r1').click();
    backend.expectOne('/api/reports/r1/pdf').flush(new Blob(['{}']), { status: 500, statusText: 'Server Error' });
    await settle();

    expect(text('received-download-failed')).toContain('The PDF could not be downloaded.');
    backend.expectNone('/api/reports/r1/read');
    expect(text('received-unread-r1')).toBe('New');
  });
});
