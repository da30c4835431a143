/** What the audit trail records: every write, review, login and change of access. */
export enum AuditAction {
  LoginSucceeded = 'auth.login',
  LoginFailed = 'auth.login_failed',
  CommitmentUpdated = 'commitment.updated',
  MilestoneUpdated = 'milestone.updated',
  AgreementSettingsUpdated = 'agreement.settings_updated',
  StatusUpdateSubmitted = 'status_update.submitted',
  StatusUpdateApproved = 'status_update.approved',
  StatusUpdateReturned = 'status_update.returned',
  EvidenceAdded = 'evidence.added',
  IndicatorValueSubmitted = 'indicator_value.submitted',
  IndicatorValueApproved = 'indicator_value.approved',
  IndicatorValueReturned = 'indicator_value.returned',
  UserCreated = 'user.created',
  UserUpdated = 'user.updated',
  MembershipGranted = 'membership.granted',
  MembershipChanged = 'membership.changed',
  MembershipRevoked = 'membership.revoked',
  MeetingMarked = 'meeting.marked',
  MeetingUnmarked = 'meeting.unmarked',
  /** A status report generated: its days, language, filters and content hash are in `after`. */
  ReportGenerated = 'report.generated',
  /** A report schedule created, changed (days, language, recipients, paused) or removed; its fields in `before`/`after`. */
  ReportScheduleCreated = 'report_schedule.created',
  ReportScheduleUpdated = 'report_schedule.updated',
  ReportScheduleDeleted = 'report_schedule.deleted',
  /** A schedule reported on a period: the reports generated and who received which, in `after`. */
  ReportScheduleRun = 'report_schedule.run',
  /** A recipient opened a report sent to them (the first time). */
  ReportRead = 'report.read',
  /** A background job (an export, a report, ...) was asked for; its kind and parameters are in `after`. */
  JobQueued = 'job.queued',
  /** One record per bulk import, with its counts (not one per row). */
  ImportCompleted = 'import.completed',
  /** A PA-X export uploaded and checked, kept a day for searching. */
  PaxFileUploaded = 'pax_file.uploaded',
  /** An agreement created from a PA-X row. */
  AgreementImported = 'agreement.imported',
  /** A PA-X row imported again into an agreement that exists: its metadata updated, or the agreement linked. */
  AgreementReimported = 'agreement.reimported',
}

export interface AuditRecordDto {
  seq: number;
  recordedAt: string;
  actorId: string | null;
  /** The e-mail of the actor at the time, or the address tried in a failed login. */
  actorLabel: string | null;
  action: AuditAction;
  entityType: string | null;
  entityId: string | null;
  agreementId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  clientIp: string | null;
  previousHash: string;
  hash: string;
}

export interface AuditPageDto {
  items: AuditRecordDto[];
  /** Pass as `beforeSeq` for the next (older) page; null at the start of the trail. */
  nextBeforeSeq: number | null;
}

export enum AuditProblem {
  RecordMissing = 'record_missing',
  LinkBroken = 'link_broken',
  ContentChanged = 'content_changed',
}

export interface AuditVerificationDto {
  checked: number;
  valid: boolean;
  /** The newest record and its hash: note them elsewhere to detect a truncated tail later. */
  lastSeq: number | null;
  lastHash: string | null;
  /** The first record found broken, and how. */
  brokenSeq: number | null;
  problem: AuditProblem | null;
}
