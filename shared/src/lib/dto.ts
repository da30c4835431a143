import { AssessmentScaleDto } from './assessment';
import { Role } from './permissions';
import { OperationalStatus } from './status';
import { PartyKind, PillarTheme, TextSectionKind } from './structure';

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
  role: Role;
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
  scale: AssessmentScaleDto;
  pillars: PillarDto[];
  parties: PartyDto[];
  monitoringBodies: MonitoringBodyDto[];
  sections: TextSectionDto[];
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

export interface StatusUpdateDto {
  id: string;
  milestoneId: string;
  effectiveDate: string;
  level: number | null;
  pamScore: number | null;
  operationalStatus: OperationalStatus | null;
  narrative: string;
  sourceLinks: SourceLinkDto[];
  authorName: string;
  recordedAt: string;
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
}
