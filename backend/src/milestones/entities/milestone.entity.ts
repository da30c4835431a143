import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Milestone {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  agreementId!: string;

  @Column()
  commitmentId!: string;

  @Column()
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column()
  position!: number;

  @Column()
  confidential!: boolean;

  @Column()
  version!: number;
}
