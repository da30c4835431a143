import {
  DdrStage,
  IndicatorCellDto,
  IndicatorDimension,
  OperationalStatus,
  PartyKind,
  PillarTheme,
  SiteKind,
  SiteState,
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
  /** The boundary file of the country's map (frontend `maps/<name>.geojson`) */
  boundaryMap?: string;
  regions?: DemoRegion[];
  sites?: DemoSite[];
}

export interface DemoRegion {
  /** ISO 3166-2 */
  code: string;
  name: string;
  /** The feature of the boundary file it is drawn in, when not its own code */
  mapFeature?: string;
}

export interface DemoSite {
  name: string;
  kind: SiteKind;
  regionCode: string;
  /** [latitude, longitude]; omitted when the sources do not place the site */
  location?: [number, number];
  states: { effectiveDate: string; state: SiteState; note: string; sources?: { url: string; title?: string }[] }[];
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
  /** ISO 3166-2 codes of the regions it happens in */
  regions?: string[];
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
