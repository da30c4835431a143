import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Agreement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  slug!: string;

  @Column()
  title!: string;

  @Column()
  shortTitle!: string;

  @Column()
  country!: string;

  @Column({ type: 'date' })
  signedOn!: string;

  @Column()
  description!: string;

  @Column({ type: 'integer', nullable: true })
  paxId!: number | null;

  @Column()
  scaleId!: string;

  @Column()
  timeZone!: string;

  @Column()
  trustedUpdatesSkipReview!: boolean;

  @Column()
  publicPage!: boolean;

  @Column()
  version!: number;
}
