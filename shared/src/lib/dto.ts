import { AssessmentScaleDto } from './assessment';
import { MembershipDto } from './permissions';
import { OperationalStatus } from './status';
import { PartyKind, PillarTheme, TextSectionKind } from './structure';
import type { RegionNameDto } from './places';

/** Types of the API's requests and responses. Dates are ISO `yyyy-mm-dd`, times ISO timestamps. */

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface LoginResponse {
  accessToken: string;
}

export interface CurrentUserDto {
  id: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  memberships: MembershipDto[];
  /** The interface language the user chose (`en`, `fr`, `ar`); null until they choose. */
  language: string | null;
}

export interface UpdatePreferencesRequest {
  language: string;
}

export interface AgreementSummaryDto {
  id: string;
  slug: string;
  title: string;
  shortTitle: string;
  country: string;
  signedOn: string;
  commitmentCount: number;
}

export interface PillarDto {
  id: string;
  code: string;
  name: string;
  theme: PillarTheme;
  position: number;
}

export interface PartyDto {
  id: string;
  name: string;
  acronym: string;
  kind: PartyKind;
  /** The coalition a movement belongs to (e.g. MNLA in the CMA). */
  parentId: string | null;
}

export interface MonitoringBodyDto {
  id: string;
  name: string;
  acronym: string;
  description: string;
}

export interface TextSectionDto {
  id: string;
  parentId: string | null;
  kind: TextSectionKind;
  number: string;
  heading: string;
  body: string | null;
  position: number;
}

export interface AgreementDetailDto extends AgreementSummaryDto {
  description: string;
  /** IANA time zone of the agreement's calendar: "today", deadlines and as-of days are days there. */
  timeZone: string;
  paxId: number | null;
  version: number;
  /** Updates of trusted monitors count without review. */
  trustedUpdatesSkipReview: boolean;
  /** A read-only page without login shows its approved, non-confidential progress. */
  publicPage: boolean;
  scale: AssessmentScaleDto;
  pillars: PillarDto[];
  parties: PartyDto[];
  monitoringBodies: MonitoringBodyDto[];
  sections: TextSectionDto[];
  /** The country's regions, by ISO 3166-2 code: what figures by region and sites refer to. */
  regions: RegionNameDto[];
}

export interface LevelCount {
  level: number;
  count: number;
}

export interface StatusCount {
  /** null = no operational status recorded yet. */
  status: OperationalStatus | null;
  count: number;
}

export interface ProgressGroup {
  id: string;
  label: string;
  commitments: number;
  /** PAM aggregate implementation rate of the group, 0-100, one decimal. */
  rate: number | null;
  levels: LevelCount[];
}

export interface OverdueItemDto {
  kind: 'commitment' | 'milestone';
  id: string;
  commitmentId: string;
  reference: string;
  title: string;
  dueDate: string;
  daysOverdue: number;
  pamLevel: number;
}

export interface DashboardDto {
  agreementId: string;
  asOf: string;
  commitments: number;
  milestones: number;
  /** PAM aggregate implementation rate, 0-100, one decimal; null without commitments. */
  implementationRate: number | null;
  byLevel: LevelCount[];
  byOperationalStatus: StatusCount[];
  byPillar: ProgressGroup[];
  byParty: ProgressGroup[];
  overdue: OverdueItemDto[];
  overdueTotal: number;
  /** Confidential items left out of these figures for this viewer; null when nothing is withheld. */
  withheld: WithheldDto | null;
}

export interface WithheldDto {
  milestones: number;
  statusUpdates: number;
}

export interface CommitmentQuery {
  page?: number;
  pageSize?: number;
  pillarId?: string;
  partyId?: string;
  status?: OperationalStatus | 'none';
  level?: number;
  overdue?: boolean;
  q?: string;
  sort?: CommitmentSort;
}

export enum CommitmentSort {
  Reference = 'reference',
  Deadline = 'deadline',
  Level = 'level',
  Updated = 'updated',
}

export interface PartyRefDto {
  id: string;
  acronym: string;
  name: string;
}

export interface CommitmentListItemDto {
  id: string;
  reference: string;
  title: string;
  pillarId: string;
  pillarName: string;
  parties: PartyRefDto[];
  deadline: string | null;
  overdue: boolean;
  pamLevel: number;
  operationalStatus: OperationalStatus | null;
  milestoneCount: number;
  lastUpdate: string | null;
}

export interface SourceLinkDto {
  url: string;
  title?: string;
}

export enum ReviewState {
  /** Waiting for a reviewer; counts in no figure. */
  Submitted = 'submitted',
  Approved = 'approved',
  /** Sent back with a reason; its author may resubmit it (a new update). */
  Returned = 'returned',
}

/** Source reliability, as intelligence and monitoring work grade it (the Admiralty scale's letters). */
export enum SourceReliability {
  CompletelyReliable = 'A',
  UsuallyReliable = 'B',
  FairlyReliable = 'C',
  NotUsuallyReliable = 'D',
  Unreliable = 'E',
  CannotBeJudged = 'F',
}

export enum EvidenceKind {
  File = 'file',
  Link = 'link',
}

export interface EvidenceDto {
  id: string;
  statusUpdateId: string;
  kind: EvidenceKind;
  title: string;
  evidenceDate: string | null;
  reliability: SourceReliability;
  /** Links only. */
  url: string | null;
  /** Files only: the name as uploaded, the type found in the content, the size and the SHA-256 (hex). */
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  confidential: boolean;
  uploadedByName: string;
  createdAt: string;
}

export interface CreateEvidenceLinkRequest {
  title: string;
  url: string;
  evidenceDate?: string;
  reliability: SourceReliability;
  confidential?: boolean;
}

/** The fields sent beside the file in a multipart upload (field `file`). */
export type UploadEvidenceFields = Omit<CreateEvidenceLinkRequest, 'url' | 'confidential'> & {
  confidential?: 'true' | 'false';
};

export interface StatusUpdateDto {
  id: string;
  milestoneId: string;
  effectiveDate: string;
  level: number | null;
  pamScore: number | null;
  operationalStatus: OperationalStatus | null;
  narrative: string;
  sourceLinks: SourceLinkDto[];
  authorId: string;
  authorName: string;
  recordedAt: string;
  confidential: boolean;
  reviewState: ReviewState;
  /** When it was approved or returned; null while submitted. */
  reviewedAt: string | null;
  /** Null for an update counted without review (a trusted monitor). */
  reviewerName: string | null;
  returnReason: string | null;
  /** The returned update this one resubmits. */
  resubmissionOf: string | null;
  /** The update that resubmits this returned one, once there is one. */
  resubmittedAs: string | null;
  evidence: EvidenceDto[];
}

/** An update in the review queue or in a monitor's own list, with what it is about. */
export interface StatusUpdateListItemDto extends StatusUpdateDto {
  commitmentId: string;
  commitmentReference: string;
  commitmentTitle: string;
  milestoneTitle: string;
  pillarId: string;
}

export interface StatusUpdateQuery {
  state?: ReviewState;
  /** Only the caller's own updates. */
  mine?: boolean;
  pillarId?: string;
  milestoneId?: string;
  authorId?: string;
  page?: number;
  pageSize?: number;
}

export interface ReturnStatusUpdateRequest {
  reason: string;
}

export interface MilestoneDto {
  id: string;
  /** The day the status is computed for (today in the agreement's time zone). */
  asOf: string;
  commitmentId: string;
  title: string;
  description: string | null;
  dueDate: string | null;
  position: number;
  version: number;
  level: number | null;
  pamScore: number | null;
  operationalStatus: OperationalStatus | null;
  overdue: boolean;
  confidential: boolean;
  history: StatusUpdateDto[];
}

export interface CommitmentDetailDto {
  id: string;
  /** The day the statuses are computed for (today in the agreement's time zone). */
  asOf: string;
  agreementId: string;
  reference: string;
  title: string;
  text: string;
  section: TextSectionDto | null;
  pillar: PillarDto;
  parties: PartyRefDto[];
  deadline: string | null;
  deadlineNote: string | null;
  version: number;
  pamLevel: number;
  operationalStatus: OperationalStatus | null;
  overdue: boolean;
  milestones: MilestoneDto[];
}

export interface CreateStatusUpdateRequest {
  effectiveDate: string;
  level?: number;
  operationalStatus?: OperationalStatus;
  narrative: string;
  sourceLinks?: SourceLinkDto[];
  /** Seen only by members cleared for confidential items (who alone may set it). */
  confidential?: boolean;
  /** The returned update this one resubmits (same milestone, same author). */
  resubmissionOf?: string;
}

export interface UpdateCommitmentRequest {
  title?: string;
  text?: string;
  deadline?: string | null;
  deadlineNote?: string | null;
}

export interface UpdateMilestoneRequest {
  title?: string;
  description?: string | null;
  dueDate?: string | null;
  confidential?: boolean;
}

export interface UpdateAgreementSettingsRequest {
  trustedUpdatesSkipReview?: boolean;
  publicPage?: boolean;
}

/** An account as administrators manage it. */
export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  disabled: boolean;
  version: number;
  memberships: MembershipDto[];
}

export interface CreateUserRequest {
  email: string;
  displayName: string;
  /** At least 12 characters. */
  password: string;
  isAdmin?: boolean;
}

export interface UpdateUserRequest {
  displayName?: string;
  password?: string;
  isAdmin?: boolean;
  disabled?: boolean;
}

export type PutMembershipRequest = Omit<MembershipDto, 'agreementId'>;

/** What the public page of an agreement shows: approved, non-confidential progress only. */
export interface PublicAgreementDto {
  agreement: Pick<AgreementDetailDto, 'slug' | 'title' | 'shortTitle' | 'country' | 'signedOn' | 'description'>;
  dashboard: Omit<DashboardDto, 'withheld' | 'agreementId'>;
}
