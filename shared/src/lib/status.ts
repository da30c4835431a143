import { PamLevel } from './assessment';

/** Operational statuses that monitors use beside the PAM score. */
export enum OperationalStatus {
  OnTrack = 'on_track',
  Delayed = 'delayed',
  Stalled = 'stalled',
  Cancelled = 'cancelled',
}

export const OPERATIONAL_STATUSES: readonly OperationalStatus[] = Object.values(OperationalStatus);

type ActiveStatus = Exclude<OperationalStatus, OperationalStatus.Cancelled>;

/** How loudly a status calls for attention: a commitment shows the loudest of its milestones. */
const SEVERITY: Record<ActiveStatus, number> = {
  [OperationalStatus.OnTrack]: 1,
  [OperationalStatus.Delayed]: 2,
  [OperationalStatus.Stalled]: 3,
};

/** The current state of one milestone, as far as its commitment's status needs it. */
export interface MilestoneState {
  /** PAM score of its latest scored update; null (counted as 0) when never scored. */
  pamScore: number | null;
  operationalStatus: OperationalStatus | null;
}

export interface CommitmentStatus {
  level: PamLevel;
  operationalStatus: OperationalStatus | null;
}

/**
 * The status of a commitment from its milestones. Cancelled milestones do not count. The level is
 * not initiated while no other milestone has moved, full only when all of them are full, otherwise the
 * floor of their mean and at least minimal. The operational status is the worst of the others
 * (stalled > delayed > on track), and cancelled only when every milestone is.
 * `commitment_status_as_of` in the database applies the same rules (checked by tests/api/status-rules.spec.ts).
 */
export function deriveCommitmentStatus(milestones: readonly MilestoneState[]): CommitmentStatus {
  const counted = milestones.filter((milestone) => milestone.operationalStatus !== OperationalStatus.Cancelled);
  const scores = counted.map((milestone) => milestone.pamScore ?? 0);
  const max = Math.max(0, ...scores);
  const mean = scores.reduce((total, score) => total + score, 0) / Math.max(1, scores.length);
  const level = max <= 0 ? PamLevel.NotInitiated : (Math.max(PamLevel.Minimal, Math.floor(mean)) as PamLevel);

  const worst = counted
    .map((milestone) => milestone.operationalStatus)
    .filter((status): status is ActiveStatus => status !== null)
    .reduce<ActiveStatus | null>(
      (loudest, status) => (loudest === null || SEVERITY[status] > SEVERITY[loudest] ? status : loudest),
      null,
    );
  const allCancelled = milestones.length > 0 && counted.length === 0;
  return { level, operationalStatus: allCancelled ? OperationalStatus.Cancelled : worst };
}

/** One status update, as far as the derivation of a current status needs it. */
export interface StatusUpdateFacts {
  effectiveDate: string; // ISO date, yyyy-mm-dd
  recordedAt: string; // ISO timestamp
  pamScore: number | null;
  level: number | null;
  operationalStatus: OperationalStatus | null;
}

export interface CurrentStatus {
  level: number | null;
  pamScore: number | null;
  operationalStatus: OperationalStatus | null;
  /** Effective date of the latest update that counted, or null if none did. */
  lastEffectiveDate: string | null;
}

/**
 * The current status of a milestone as of a date: the score of the latest update that carries a score
 * and the operational status of the latest update that carries one ("latest" = effective date, then
 * recording time). Updates that take effect after `asOf` are ignored. The SQL in the backend does the same.
 */
export function deriveCurrentStatus(updates: readonly StatusUpdateFacts[], asOf?: string): CurrentStatus {
  const counted = updates
    .filter((update) => asOf === undefined || update.effectiveDate <= asOf)
    .sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate) || b.recordedAt.localeCompare(a.recordedAt));
  const scored = counted.find((update) => update.level !== null);
  const withStatus = counted.find((update) => update.operationalStatus !== null);
  return {
    level: scored?.level ?? null,
    pamScore: scored?.pamScore ?? null,
    operationalStatus: withStatus?.operationalStatus ?? null,
    lastEffectiveDate: counted[0]?.effectiveDate ?? null,
  };
}
