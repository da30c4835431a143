import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DeadlineState, TimelineDto } from '@accord/shared';
import { configureApiTesting } from '../../testing/api-testing';
import { provideFakeEcharts } from '../../testing/fake-echarts';
import { maliAgreement } from '../../testing/fixtures';
import { settle } from '../../testing/settle';
import { TimelinePage } from './timeline-page';

const item = (milestoneId: string, state: DeadlineState, dueDate: string, daysLate: number | null = null) => ({
  milestoneId,
  milestoneTitle: `Milestone ${milestoneId}`,
  commitmentId: 'c1',
  commitmentReference: 'Art. 18',
  commitmentTitle: 'Cantonment',
  pillarId: 'p2',
  dueDate,
  completedOn: state === DeadlineState.DoneLate ? '2016-03-01' : null,
  state,
  daysLate,
});

const timeline: TimelineDto = {
  agreementId: 'a1',
  asOf: '2026-11-27',
  items: [
    item('m1', DeadlineState.DoneLate, '2016-01-01', 60),
    item('m2', DeadlineState.Overdue, '2017-01-01', 3617),
    item('m3', DeadlineState.Upcoming, '2030-01-01'),
  ],
};

describe('TimelinePage', () => {
  let fixture: ComponentFixture<TimelinePage>;
  let backend: HttpTestingController;
  const setOption = jest.fn();

  async function render(inputs: Record<string, string> = {}): Promise<void> {
    backend = configureApiTesting([], [provideFakeEcharts(setOption)]);
    fixture = TestBed.createComponent(TimelinePage);
    fixture.componentRef.setInput('agreementId', 'a1');
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await settle();
    backend.expectOne('/api/agreements/a1').flush(maliAgreement);
  }

  const text = (testId: string) =>
    (fixture.nativeElement as HTMLElement)
      .querySelector(`[data-testid="${testId}"]`)
      ?.textContent?.replace(/\s+/g, ' ') ?? '';

  afterEach(() => backend.verify());

  it('lists the milestones by deadline with where each stands, and counts each state', async () => {
    await render();
    backend.expectOne('/api/agreements/a1/timeline').flush(timeline);
    await settle();
    expect(text('timeline-counts')).toContain('Overdue: 1');
    expect(text('timeline-counts')).toContain('Done late: 1');
    expect(text('timeline-table')).toContain('Milestone m2');
    expect(text('timeline-table')).toContain('3,617');
    // The chart draws one series per state, on a time axis the user can zoom (ngx-echarts starts it in a task).
    await new Promise((resolve) => setTimeout(resolve));
    const options = setOption.mock.calls.at(-1)?.[0];
    expect(options.xAxis).toMatchObject({ type: 'time' });
    expect(options.dataZoom[0]).toMatchObject({ type: 'slider' });
  });

  it('asks for the pillar and party in the URL', async () => {
    await render({ pillarId: 'p2', partyId: 'gov' });
    backend.expectOne('/api/agreements/a1/timeline?pillarId=p2&partyId=gov').flush({ ...timeline, items: [] });
    await settle();
    expect(text('timeline-empty')).toContain('No milestone with a deadline matches.');
  });
});
