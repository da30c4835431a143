import { DataSourceOptions } from 'typeorm';
import { Agreement } from '../agreements/entities/agreement.entity';
import {
  AssessmentLevel,
  AssessmentScale,
  MonitoringBody,
  Party,
  Pillar,
  TextSection,
} from '../agreements/entities/agreement-parts.entity';
import { Commitment, CommitmentParty } from '../commitments/entities/commitment.entity';
import { Milestone } from '../milestones/entities/milestone.entity';
import { StatusUpdate } from '../status-updates/entities/status-update.entity';
import { User } from '../users/entities/user.entity';
import { Foundation1764230400000 } from './migrations/1764230400000-foundation';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const ENTITIES = [
  User,
  Agreement,
  AssessmentScale,
  AssessmentLevel,
  Pillar,
  Party,
  MonitoringBody,
  TextSection,
  Commitment,
  CommitmentParty,
  Milestone,
  StatusUpdate,
];

/** Listed explicitly (not globbed) so that the bundled server finds them. Append new ones. */
export const MIGRATIONS = [Foundation1764230400000];

/** One definition for the server, the migration CLI and the tests. The schema comes from migrations only. */
export function databaseOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    // Every session works in UTC so that dates and "as of" boundaries do not drift.
    extra: { max: poolSize, options: '-c timezone=UTC' },
  };
}
