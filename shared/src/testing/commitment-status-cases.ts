import { PamLevel } from '../lib/assessment';
import { CommitmentStatus, MilestoneState, OperationalStatus } from '../lib/status';

/**
 * How a commitment's status follows from its milestones, case by case: the unit spec checks
 * deriveCommitmentStatus on them, and tests/api/status-rules.spec.ts checks the database's rules on the same.
 */
const milestone = (pamScore: number | null, operationalStatus: OperationalStatus | null = null): MilestoneState => ({
  pamScore,
  operationalStatus,
});
const { OnTrack, Delayed, Stalled, Cancelled } = OperationalStatus;

export const COMMITMENT_STATUS_CASES: [string, MilestoneState[], CommitmentStatus][] = [
  ['no milestone', [], { level: PamLevel.NotInitiated, operationalStatus: null }],
  ['nothing moved', [milestone(null), milestone(0)], { level: PamLevel.NotInitiated, operationalStatus: null }],
  [
    'one of four moved a little',
    [milestone(1), milestone(0), milestone(null), milestone(0)],
    { level: PamLevel.Minimal, operationalStatus: null },
  ],
  ['one full, one not started', [milestone(3), milestone(0)], { level: PamLevel.Minimal, operationalStatus: null }],
  [
    'floor of the mean',
    [milestone(3), milestone(2), milestone(1)],
    { level: PamLevel.Intermediate, operationalStatus: null },
  ],
  [
    'full only when all are full',
    [milestone(3), milestone(3), milestone(2)],
    { level: PamLevel.Intermediate, operationalStatus: null },
  ],
  ['all full', [milestone(3, OnTrack), milestone(3)], { level: PamLevel.Full, operationalStatus: OnTrack }],
  [
    'a scale mapped onto PAM (nearly complete = 2.5)',
    [milestone(2.5), milestone(2.5)],
    { level: PamLevel.Intermediate, operationalStatus: null },
  ],
  [
    'the loudest status',
    [milestone(1, OnTrack), milestone(1, Stalled), milestone(1, Delayed)],
    { level: PamLevel.Minimal, operationalStatus: Stalled },
  ],
  [
    'a cancelled milestone does not count',
    [milestone(3, Cancelled), milestone(0, Delayed)],
    { level: PamLevel.NotInitiated, operationalStatus: Delayed },
  ],
  [
    'a cancelled milestone does not hold back a full one',
    [milestone(0, Cancelled), milestone(3)],
    { level: PamLevel.Full, operationalStatus: null },
  ],
  [
    'cancelled beside unassessed milestones is not cancelled',
    [milestone(1, Cancelled), milestone(1)],
    { level: PamLevel.Minimal, operationalStatus: null },
  ],
  [
    'cancelled only when every milestone is',
    [milestone(2, Cancelled), milestone(1, Cancelled)],
    { level: PamLevel.NotInitiated, operationalStatus: Cancelled },
  ],
];
