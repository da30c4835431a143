import { COMMITMENT_STATUS_CASES } from '../testing/commitment-status-cases';
import { deriveCommitmentStatus, deriveCurrentStatus, OperationalStatus, StatusUpdateFacts } from './status';

const update = (
  effectiveDate: string,
  recordedAt: string,
  level: number | null,
  status: OperationalStatus | null = null,
): StatusUpdateFacts => ({
  effectiveDate,
  recordedAt,
  level,
  pamScore: level,
  operationalStatus: status,
});

describe('deriveCurrentStatus', () => {
  it('takes the score of the latest effective update, whatever the recording order', () => {
    const current = deriveCurrentStatus([
      update('2018-11-06', '2018-11-07T10:00:00Z', 2),
      update('2016-01-01', '2024-01-01T10:00:00Z', 0), // recorded late, effective long ago
    ]);
    expect(current).toMatchObject({ level: 2, lastEffectiveDate: '2018-11-06' });
  });

  it('breaks ties on the effective date by the later recording', () => {
    const current = deriveCurrentStatus([
      update('2019-08-01', '2019-08-02T09:00:00Z', 1),
      update('2019-08-01', '2019-08-02T15:00:00Z', 2),
    ]);
    expect(current.level).toBe(2);
  });

  it('keeps the last score when a later update only changes the operational status', () => {
    const current = deriveCurrentStatus([
      update('2017-01-18', '2017-01-18T12:00:00Z', 1, OperationalStatus.OnTrack),
      update('2017-01-19', '2017-01-19T12:00:00Z', null, OperationalStatus.Stalled),
    ]);
    expect(current).toEqual({
      level: 1,
      pamScore: 1,
      operationalStatus: OperationalStatus.Stalled,
      lastEffectiveDate: '2017-01-19',
    });
  });

  it('ignores updates effective after the as-of date', () => {
    const updates = [update('2016-01-01', '2016-01-01T00:00:00Z', 1), update('2020-02-13', '2020-02-13T00:00:00Z', 2)];
    expect(deriveCurrentStatus(updates, '2019-12-31').level).toBe(1);
    expect(deriveCurrentStatus(updates, '2020-02-13').level).toBe(2);
  });

  it('has no status without updates', () => {
    expect(deriveCurrentStatus([])).toEqual({
      level: null,
      pamScore: null,
      operationalStatus: null,
      lastEffectiveDate: null,
    });
  });
});

describe('deriveCommitmentStatus', () => {
  it.each(COMMITMENT_STATUS_CASES)('%s', (_name, milestones, expected) => {
    expect(deriveCommitmentStatus(milestones)).toEqual(expected);
  });
});
