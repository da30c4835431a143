/** Where a milestone stands against its deadline. */
export enum DeadlineState {
  DoneOnTime = 'done_on_time',
  DoneLate = 'done_late',
  Overdue = 'overdue',
  Upcoming = 'upcoming',
  Cancelled = 'cancelled',
}

export interface TimelineItemDto {
  milestoneId: string;
  milestoneTitle: string;
  commitmentId: string;
  commitmentReference: string;
  commitmentTitle: string;
  pillarId: string;
  dueDate: string;
  /** The day it became full (the first approved update at full, when it is full now). */
  completedOn: string | null;
  state: DeadlineState;
  /** Days past the deadline: when it was done late, or until today while overdue. */
  daysLate: number | null;
}

export interface TimelineDto {
  agreementId: string;
  asOf: string;
  items: TimelineItemDto[];
}

export interface TimelineQuery {
  pillarId?: string;
  /** A coalition includes its member movements, as in the commitment list. */
  partyId?: string;
  asOf?: string;
}
