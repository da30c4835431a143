import { latestRun, nextRun } from './report-schedules';

describe('latestRun', () => {
  it.each([
    // Monthly on the 5th: from the 5th on, the month before; before it, the month before that.
    ['2026-03-05', { runsOn: '2026-03-05', asOf: '2026-02-28', previousAsOf: '2026-01-31' }],
    ['2026-03-31', { runsOn: '2026-03-05', asOf: '2026-02-28', previousAsOf: '2026-01-31' }],
    ['2026-03-04', { runsOn: '2026-02-05', asOf: '2026-01-31', previousAsOf: '2025-12-31' }],
    // Across a year, and a leap February.
    ['2026-01-04', { runsOn: '2025-12-05', asOf: '2025-11-30', previousAsOf: '2025-10-31' }],
    ['2024-03-10', { runsOn: '2024-03-05', asOf: '2024-02-29', previousAsOf: '2024-01-31' }],
  ])('monthly on the 5th, on %s: the report as of the end of the month before its run', (today, expected) => {
    expect(latestRun('monthly', 5, today)).toEqual(expected);
  });

  it.each([
    ['2026-01-28', { runsOn: '2026-01-28', asOf: '2025-12-31', previousAsOf: '2025-09-30' }],
    ['2026-03-31', { runsOn: '2026-01-28', asOf: '2025-12-31', previousAsOf: '2025-09-30' }],
    ['2026-04-27', { runsOn: '2026-01-28', asOf: '2025-12-31', previousAsOf: '2025-09-30' }],
    ['2026-04-28', { runsOn: '2026-04-28', asOf: '2026-03-31', previousAsOf: '2025-12-31' }],
    ['2026-01-27', { runsOn: '2025-10-28', asOf: '2025-09-30', previousAsOf: '2025-06-30' }],
  ])('quarterly on the 28th, on %s: the quarter ended before its run', (today, expected) => {
    expect(latestRun('quarterly', 28, today)).toEqual(expected);
  });
});

describe('nextRun', () => {
  it.each([
    ['2026-03-04', 'monthly', '2026-03-05'],
    // Strictly after: a schedule made on its day runs next month.
    ['2026-03-05', 'monthly', '2026-04-05'],
    ['2026-12-31', 'monthly', '2027-01-05'],
    ['2026-01-04', 'quarterly', '2026-01-05'],
    ['2026-01-05', 'quarterly', '2026-04-05'],
    ['2026-11-15', 'quarterly', '2027-01-05'],
  ] as const)('after %s, %s on the 5th, runs on %s', (day, cadence, runsOn) => {
    expect(nextRun(cadence, 5, day).runsOn).toBe(runsOn);
  });

  it('reports on the period that ended before the run', () => {
    expect(nextRun('quarterly', 1, '2026-05-02')).toEqual({
      runsOn: '2026-07-01',
      asOf: '2026-06-30',
      previousAsOf: '2026-03-31',
    });
  });
});
