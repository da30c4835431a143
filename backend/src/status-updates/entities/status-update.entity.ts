import { OperationalStatus, SourceLinkDto } from '@accord/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One recorded change of a milestone. Append-only: the database refuses edits and deletes. */
@Entity()
export class StatusUpdate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Recording order, the tie-break between updates effective on the same date. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column()
  agreementId!: string;

  @Column()
  milestoneId!: string;

  @Column({ type: 'date' })
  effectiveDate!: string;

  /** The agreement's scale when the update was recorded; `level` is a level of it. */
  @Column()
  scaleId!: string;

  @Column({ type: 'smallint', nullable: true })
  level!: number | null;

  @Column({ type: 'numeric', nullable: true })
  pamScore!: number | null;

  @Column({ type: 'text', nullable: true })
  operationalStatus!: OperationalStatus | null;

  @Column()
  narrative!: string;

  @Column({ type: 'jsonb' })
  sourceLinks!: SourceLinkDto[];

  @Column()
  authorId!: string;

  @Column({ type: 'timestamptz', update: false })
  recordedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column()
  confidential!: boolean;

  /** The returned update this one resubmits. */
  @Column({ type: 'uuid', nullable: true })
  resubmissionOf!: string | null;
}
