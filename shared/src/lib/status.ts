/** Operational statuses that monitors use beside the PAM score. */
export enum OperationalStatus {
  OnTrack = 'on_track',
  Delayed = 'delayed',
  Stalled = 'stalled',
  Cancelled = 'cancelled',
}

export const OPERATIONAL_STATUSES: readonly OperationalStatus[] = Object.values(OperationalStatus);

/**
 * How loudly a status calls for attention; a commitment shows the worst status of its milestones.
 * Cancelled milestones only speak when every milestone is cancelled.
 */
const SEVERITY: Record<OperationalStatus, number> = {
  [OperationalStatus.Cancelled]: 0,
  [OperationalStatus.OnTrack]: 1,
  [OperationalStatus.Delayed]: 2,
  [OperationalStatus.Stalled]: 3,
};

export function operationalStatusSeverity(status: OperationalStatus): number {
  return SEVERITY[status];
}

export function worstOperationalStatus(statuses: readonly (OperationalStatus | null)[]): OperationalStatus | null {
  let worst: OperationalStatus | null = null;
  for (const status of statuses) {
    if (status !== null && (worst === null || SEVERITY[status] > SEVERITY[worst])) worst = status;
  }
  return worst;
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
