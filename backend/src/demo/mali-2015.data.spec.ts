import {
  deriveCommitmentStatus,
  deriveCurrentStatus,
  isIsoDate,
  PAM_LEVELS,
  pamImplementationRate,
  PartyKind,
  TextSectionKind,
} from '@accord/shared';
import { MALI_2015 } from './mali-2015.data';
import { DemoCommitment, DemoStatusUpdate } from './demo-agreement.types';

const LAST_UPDATE_DATE = '2023-12-31';

/** The history as approved: the update loaded as awaiting review counts in no figure. */
const approvedOf = (updates: DemoStatusUpdate[]) => updates.filter((update) => !update.awaitingReview);

/** The PAM level of a commitment at the end of its history, by the product's own rules. */
function commitmentLevel(commitment: DemoCommitment): number {
  const states = commitment.milestones.map(({ updates }) =>
    deriveCurrentStatus(
      approvedOf(updates).map((update) => ({
        effectiveDate: update.effectiveDate,
        recordedAt: update.effectiveDate,
        level: update.level ?? null,
        pamScore: update.level ?? null,
        operationalStatus: update.status ?? null,
      })),
    ),
  );
  return deriveCommitmentStatus(states).level;
}

function pillarRate(pillarCode: string): number | null {
  return pamImplementationRate(
    MALI_2015.commitments.filter((commitment) => commitment.pillarCode === pillarCode).map(commitmentLevel),
  );
}

const commitments = MALI_2015.commitments;
const milestones = commitments.flatMap((commitment) => commitment.milestones);
const updates = milestones.flatMap((milestone) => approvedOf(milestone.updates));
const awaitingReview = milestones.flatMap((milestone) => milestone.updates.filter((update) => update.awaitingReview));

describe('MALI_2015 demo data', () => {
  describe('agreement', () => {
    it('identifies the Algiers agreement signed on 15 May 2015 (PA-X 1365)', () => {
      expect(MALI_2015.slug).toBe('mali-2015');
      expect(MALI_2015.signedOn).toBe('2015-05-15');
      expect(MALI_2015.paxId).toBe(1365);
      expect(MALI_2015.description).toContain('20 June 2015');
    });

    it('has the four pillars political, security, development and reconciliation', () => {
      expect(MALI_2015.pillars.map((pillar) => pillar.code).sort()).toEqual([
        'development',
        'political',
        'reconciliation',
        'security',
      ]);
    });
  });

  describe('size', () => {
    it('has at least 40 commitments, a majority of them in the security pillar', () => {
      const security = commitments.filter((commitment) => commitment.pillarCode === 'security');
      expect(commitments.length).toBeGreaterThanOrEqual(40);
      expect(security.length * 2).toBeGreaterThan(commitments.length);
    });

    it('gives every commitment 1 to 4 milestones and every milestone at most 6 updates', () => {
      for (const commitment of commitments) {
        expect(commitment.milestones.length).toBeGreaterThanOrEqual(1);
        expect(commitment.milestones.length).toBeLessThanOrEqual(4);
        for (const milestone of commitment.milestones) {
          expect(approvedOf(milestone.updates).length).toBeLessThanOrEqual(6);
        }
      }
    });

    it('has the 7 titles and the 3 annexes at top level', () => {
      const topLevel = MALI_2015.sections.filter((section) => section.parentKey === undefined);
      expect(topLevel.filter((section) => section.kind === TextSectionKind.Title)).toHaveLength(7);
      expect(topLevel.filter((section) => section.kind === TextSectionKind.Annex)).toHaveLength(3);
    });
  });

  describe('references', () => {
    const partyKeys = new Set(MALI_2015.parties.map((party) => party.key));
    const sectionKeys = new Set(MALI_2015.sections.map((section) => section.key));
    const pillarCodes = new Set(MALI_2015.pillars.map((pillar) => pillar.code));

    it('uses unique party keys, section keys and pillar codes', () => {
      expect(partyKeys.size).toBe(MALI_2015.parties.length);
      expect(sectionKeys.size).toBe(MALI_2015.sections.length);
      expect(pillarCodes.size).toBe(MALI_2015.pillars.length);
    });

    it('resolves the parentKey of every movement to a coalition', () => {
      for (const party of MALI_2015.parties.filter((p) => p.parentKey !== undefined)) {
        const parent = MALI_2015.parties.find((p) => p.key === party.parentKey);
        expect(parent?.kind).toBe(PartyKind.Coalition);
      }
    });

    it('resolves the parentKey of every section, titles above chapters above articles', () => {
      const rank: Record<TextSectionKind, number> = {
        [TextSectionKind.Title]: 0,
        [TextSectionKind.Annex]: 0,
        [TextSectionKind.Chapter]: 1,
        [TextSectionKind.Article]: 2,
      };
      for (const section of MALI_2015.sections.filter((s) => s.parentKey !== undefined)) {
        const parent = MALI_2015.sections.find((s) => s.key === section.parentKey);
        expect(parent).toBeDefined();
        if (parent) expect(rank[parent.kind]).toBeLessThan(rank[section.kind]);
      }
    });

    it('resolves every pillarCode, sectionKey and partyKey of a commitment', () => {
      for (const commitment of commitments) {
        expect(pillarCodes.has(commitment.pillarCode)).toBe(true);
        if (commitment.sectionKey !== undefined) expect(sectionKeys.has(commitment.sectionKey)).toBe(true);
        expect(commitment.partyKeys.length).toBeGreaterThan(0);
        for (const key of commitment.partyKeys) expect(partyKeys.has(key)).toBe(true);
      }
    });
  });

  describe('dates', () => {
    it('writes every date as a valid ISO date (yyyy-mm-dd)', () => {
      const dates = [
        MALI_2015.signedOn,
        ...commitments.flatMap((commitment) => (commitment.deadline ? [commitment.deadline] : [])),
        ...milestones.flatMap((milestone) => (milestone.dueDate ? [milestone.dueDate] : [])),
        ...updates.map((update) => update.effectiveDate),
      ];
      const invalid = dates.filter((date) => !isIsoDate(date));
      expect(invalid).toEqual([]);
    });

    it('dates every update between the signature and the end of 2023', () => {
      const outside = updates.filter(
        (update) => update.effectiveDate < MALI_2015.signedOn || update.effectiveDate > LAST_UPDATE_DATE,
      );
      expect(outside).toEqual([]);
    });

    it('leaves one update awaiting review: the end of the Agreement on 25 January 2024, with its source', () => {
      expect(awaitingReview).toHaveLength(1);
      expect(awaitingReview[0]).toMatchObject({ effectiveDate: '2024-01-25', sources: [expect.any(Object)] });
    });

    it('keeps the updates of each milestone in chronological order', () => {
      for (const milestone of milestones) {
        const dates = milestone.updates.map((update) => update.effectiveDate);
        expect(dates).toEqual([...dates].sort());
      }
    });
  });

  describe('status updates', () => {
    it('gives every update a level or an operational status', () => {
      const empty = updates.filter((update) => update.level === undefined && update.status === undefined);
      expect(empty).toEqual([]);
    });

    it('uses only PAM levels 0-3', () => {
      for (const update of updates.filter((u) => u.level !== undefined)) {
        expect(PAM_LEVELS).toContain(update.level);
      }
    });

    it('cites 1 or 2 sources for every update, each with an https:// url', () => {
      for (const update of updates) {
        expect(update.sources?.length ?? 0).toBeGreaterThanOrEqual(1);
        expect(update.sources?.length ?? 0).toBeLessThanOrEqual(2);
        for (const source of update.sources ?? []) expect(source.url.startsWith('https://')).toBe(true);
      }
    });

    it('leaves some milestones without any update (never started)', () => {
      expect(milestones.some((milestone) => milestone.updates.length === 0)).toBe(true);
    });
  });

  describe('aggregate PAM rate at the end of 2023', () => {
    it('lies between 25 and 35 for the whole agreement', () => {
      const rate = pamImplementationRate(commitments.map(commitmentLevel));
      expect(rate).not.toBeNull();
      expect(rate ?? -1).toBeGreaterThanOrEqual(25);
      expect(rate ?? 100).toBeLessThanOrEqual(35);
    });

    it('is lower for the security pillar than for the political pillar', () => {
      const security = pillarRate('security');
      const political = pillarRate('political');
      expect(security).not.toBeNull();
      expect(political).not.toBeNull();
      expect(security ?? 100).toBeLessThan(political ?? 0);
    });
  });
});
