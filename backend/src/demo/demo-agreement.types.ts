import {
  DdrStage,
  IndicatorCellDto,
  IndicatorDimension,
  OperationalStatus,
  PartyKind,
  PillarTheme,
  TextSectionKind,
} from '@accord/shared';

/**
 * The shape of demo data: an agreement with its structure, commitments, milestones and a dated
 * history of status updates. Keys (`key`, `partyKeys`, `sectionKey`) only link items inside the file.
 */
export interface DemoAgreement {
  slug: string;
  title: string;
  shortTitle: string;
  country: string;
  /** ISO date yyyy-mm-dd */
  signedOn: string;
  /** IANA time zone of the agreement's calendar; UTC when omitted */
  timeZone?: string;
  description: string;
  paxId: number | null;
  pillars: DemoPillar[];
  parties: DemoParty[];
  monitoringBodies: DemoMonitoringBody[];
  sections: DemoSection[];
  commitments: DemoCommitment[];
  indicators?: DemoIndicator[];
}

export interface DemoIndicator {
  code: string;
  name: string;
  unit: string;
  ddrStage?: DdrStage;
  baseline?: number;
  target?: number;
  /** ISO date */
  targetDate?: string;
  dimensions?: IndicatorDimension[];
  values: DemoIndicatorValue[];
}

export interface DemoIndicatorValue {
  /** ISO date the figure describes */
  asOf: string;
  total: number;
  cells?: IndicatorCellDto[];
  note: string;
  sources?: { url: string; title?: string }[];
}

export interface DemoPillar {
  code: string;
  name: string;
  theme: PillarTheme;
}

export interface DemoParty {
  key: string;
  name: string;
  acronym: string;
  kind: PartyKind;
  /** key of the coalition this movement belongs to */
  parentKey?: string;
}

export interface DemoMonitoringBody {
  name: string;
  acronym: string;
  description: string;
}

export interface DemoSection {
  key: string;
  parentKey?: string;
  kind: TextSectionKind;
  /** "III", "8", "18", "2" (annex number) */
  number: string;
  heading: string;
  /** summary of the text where known; null when the text is not known */
  body?: string;
}

export interface DemoCommitment {
  /** e.g. "Art. 18; Annex 2 §3" */
  reference: string;
  /** the article (or annex) this commitment comes from */
  sectionKey?: string;
  pillarCode: string;
  title: string;
  text: string;
  partyKeys: string[];
  /** ISO date */
  deadline?: string;
  /** e.g. "30 days after signature" */
  deadlineNote?: string;
  milestones: DemoMilestone[];
}

export interface DemoMilestone {
  title: string;
  description?: string;
  /** ISO date */
  dueDate?: string;
  updates: DemoStatusUpdate[];
}

export interface DemoStatusUpdate {
  /** ISO date the change happened */
  effectiveDate: string;
  /** PAM level 0-3; omit when the update only changes the operational status */
  level?: 0 | 1 | 2 | 3;
  status?: OperationalStatus;
  narrative: string;
  sources?: { url: string; title?: string }[];
  /** Submitted by the monitor and awaiting review (recorded at load time), so the review queue has work. */
  awaitingReview?: true;
}
