import { types } from 'pg';
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
import { Trust1764316800000 } from './migrations/1764316800000-trust';
import { Indicators1764403200000 } from './migrations/1764403200000-indicators';
import { Preferences1764489600000 } from './migrations/1764489600000-preferences';
import { Places1764576000000 } from './migrations/1764576000000-places';
import { Meetings1764662400000 } from './migrations/1764662400000-meetings';
import { Trend1764835200000 } from './migrations/1764835200000-trend';
import { Jobs1764921600000 } from './migrations/1764921600000-jobs';
import { PaxImport1765008000000 } from './migrations/1765008000000-pax-import';
import { Reports1765094400000 } from './migrations/1765094400000-reports';
import { BulkImport1765180800000 } from './migrations/1765180800000-bulk-import';
import { ReportSchedules1765267200000 } from './migrations/1765267200000-report-schedules';
import { JobScope1765353600000 } from './migrations/1765353600000-job-scope';
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

// NUMERIC columns (PAM scores, rates) arrive as JavaScript numbers rather than strings; they hold at most
// a few digits, far within a double's precision.
types.setTypeParser(types.builtins.NUMERIC, parseFloat);

/** Listed explicitly (not globbed) so that the bundled server finds them. Append new ones. */
export const MIGRATIONS = [
  Foundation1764230400000,
  Trust1764316800000,
  Indicators1764403200000,
  Preferences1764489600000,
  Places1764576000000,
  Meetings1764662400000,
  Trend1764835200000,
  Jobs1764921600000,
  PaxImport1765008000000,
  Reports1765094400000,
  BulkImport1765180800000,
  ReportSchedules1765267200000,
  JobScope1765353600000,
];

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
    extra: {
      max: poolSize,
      // A request waits at most this long for a connection, then fails instead of hanging.
      connectionTimeoutMillis: 10_000,
      // Every session works in UTC; agreement days are converted explicitly (agreement.time_zone).
      options: '-c timezone=UTC',
    },
  };
}
