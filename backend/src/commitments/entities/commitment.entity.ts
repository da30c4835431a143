import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Commitment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  agreementId!: string;

  @Column()
  pillarId!: string;

  @Column({ type: 'uuid', nullable: true })
  sectionId!: string | null;

  @Column()
  reference!: string;

  @Column()
  title!: string;

  @Column()
  text!: string;

  @Column({ type: 'date', nullable: true })
  deadline!: string | null;

  @Column({ type: 'text', nullable: true })
  deadlineNote!: string | null;

  @Column()
  position!: number;

  @Column()
  version!: number;
}

/** Parties responsible for a commitment. */
@Entity()
export class CommitmentParty {
  @PrimaryColumn()
  commitmentId!: string;

  @PrimaryColumn()
  partyId!: string;
}
