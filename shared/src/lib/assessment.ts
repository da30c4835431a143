/**
 * Assessment scales. Every agreement rates its commitments on a scale of its own; each level of a
 * scale maps onto the Peace Accords Matrix (PAM) 0-3 score so that figures compare across agreements.
 */

/** The PAM implementation scale (Kroc Institute), the default scale of every agreement. */
export enum PamLevel {
  NotInitiated = 0,
  Minimal = 1,
  Intermediate = 2,
  Full = 3,
}

export const PAM_MAX_SCORE = PamLevel.Full;
export const PAM_LEVELS: readonly PamLevel[] = [
  PamLevel.NotInitiated,
  PamLevel.Minimal,
  PamLevel.Intermediate,
  PamLevel.Full,
];

/** Codes of the scales the product ships; an agreement points at one of them. */
export enum AssessmentScaleCode {
  Pam = 'pam',
  /** The five levels of the Carter Center, Independent Observer of the Mali 2015 agreement. */
  IndependentObserverMali = 'io-mali',
}

export interface AssessmentLevelDto {
  /** The value stored on a status update, on this scale. */
  value: number;
  /** i18n key of the level's label. */
  labelKey: string;
  /** The same level expressed on PAM's 0-3 scale (may be fractional, e.g. 2.5). */
  pamScore: number;
}

export interface AssessmentScaleDto {
  code: string;
  nameKey: string;
  levels: AssessmentLevelDto[];
}

/** PAM aggregate implementation rate: sum of scores / (n x 3) x 100, one decimal; null when n = 0. */
export function pamImplementationRate(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const sum = scores.reduce((total, score) => total + score, 0);
  return Math.round((sum / (scores.length * PAM_MAX_SCORE)) * 1000) / 10;
}
