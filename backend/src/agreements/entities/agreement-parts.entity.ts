import { PartyKind, PillarTheme, TextSectionKind } from '@accord/shared';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** The structure of an agreement: rarely written, read with the agreement. */

@Entity()
export class Pillar {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  agreementId!: string;

  @Column()
  code!: string;

  @Column()
  name!: string;

  @Column({ type: 'text' })
  theme!: PillarTheme;

  @Column()
  position!: number;
}

@Entity()
export class Party {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  agreementId!: string;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column()
  name!: string;

  @Column()
  acronym!: string;

  @Column({ type: 'text' })
  kind!: PartyKind;

  @Column()
  position!: number;
}

@Entity()
export class MonitoringBody {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  agreementId!: string;

  @Column()
  name!: string;

  @Column()
  acronym!: string;

  @Column()
  description!: string;

  @Column()
  position!: number;
}

@Entity()
export class TextSection {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  agreementId!: string;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  kind!: TextSectionKind;

  @Column()
  number!: string;

  @Column()
  heading!: string;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column()
  position!: number;
}

@Entity()
export class AssessmentScale {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  code!: string;

  @Column()
  nameKey!: string;
}

@Entity()
export class AssessmentLevel {
  @PrimaryColumn()
  scaleId!: string;

  @PrimaryColumn({ type: 'smallint' })
  value!: number;

  @Column()
  labelKey!: string;

  @Column({ type: 'numeric' })
  pamScore!: number;
}
