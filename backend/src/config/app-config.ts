import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInteger =
  (fallback: number) =>
  ({ value }: { value: unknown }) =>
    value === undefined ? fallback : Number(value);

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

/**
 * The environment the server needs, validated at boot: a missing or malformed value stops the start
 * with a message naming it. Secrets have no default (the JWT secret is generated into the data
 * directory by `resolveGeneratedSecrets` when it is not configured).
 */
export class AppConfig {
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @IsOptional()
  @Transform(({ value }) => (value === undefined ? 10 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  @IsOptional()
  @Matches(/^\d+[smhd]$/, { message: 'JWT_EXPIRES_IN must look like 30m, 8h or 7d' })
  JWT_EXPIRES_IN = '8h';

  /** Where local state lives: embedded database, generated secrets, the demo password. */
  @IsOptional()
  @IsString()
  ACCORD_DATA_DIR = 'data';

  /** Load the demo agreement and demo accounts when the database has no user yet. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  ACCORD_DEMO_DATA = true;

  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'ACCORD_DEMO_PASSWORD must be at least 8 characters' })
  ACCORD_DEMO_PASSWORD?: string;

  /** The built Angular app to serve beside the API; empty to serve the API only. */
  @IsOptional()
  @IsString()
  ACCORD_STATIC_DIR?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Origins allowed to call the API from a browser, comma-separated; unset: none (same origin only). */
  @IsOptional()
  @Matches(/^https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*$/, {
    message: 'CORS_ORIGINS must be comma-separated http(s) origins',
  })
  CORS_ORIGINS?: string;

  /** Express's `trust proxy` behind a reverse proxy (e.g. `loopback` or a hop count), so that throttling sees client addresses. */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /** Failed sign-ins allowed per account, and per address, within the window; then 429 until it passes. */
  @IsOptional()
  @Transform(toInteger(5))
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  @IsOptional()
  @Transform(toInteger(20))
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ADDRESS = 20;

  @IsOptional()
  @Transform(toInteger(15))
  @IsInt()
  @Min(1)
  @Max(1440)
  LOGIN_FAILURE_WINDOW_MINUTES = 15;

  /** The largest evidence file accepted, in bytes. */
  @IsOptional()
  @Transform(toInteger(25 * 1024 * 1024))
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;

  /**
   * Background jobs (exports, reports) this server runs at once; 0: it runs none and only queues them,
   * for another server to run (or for itself after a restart with a higher value).
   */
  @IsOptional()
  @Transform(toInteger(2))
  @IsInt()
  @Min(0)
  @Max(16)
  JOB_WORKERS = 2;

  /**
   * The longest a background job may run (kinds that register a limit of their own keep it): past it the
   * job is stopped and marked failed (`timed_out`), so that one that hangs does not hold a worker forever.
   */
  @IsOptional()
  @Transform(toInteger(30))
  @IsInt()
  @Min(1)
  @Max(1440)
  JOB_MAX_MINUTES = 30;

  /** Days a job's result file is kept after the job succeeded; then it is deleted and the job `expired`. */
  @IsOptional()
  @Transform(toInteger(7))
  @IsInt()
  @Min(1)
  @Max(365)
  JOB_RESULT_DAYS = 7;

  /** An S3-compatible object store for evidence files (e.g. MinIO); unset: files stay in the data directory. */
  @IsOptional()
  @IsString()
  S3_BUCKET?: string;

  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'S3_ENDPOINT must be an http(s) URL' })
  S3_ENDPOINT?: string;

  @IsOptional()
  @IsString()
  S3_REGION = 'us-east-1';

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** Path-style URLs (bucket in the path), as MinIO expects. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = true;

  /**
   * An SMTP server to e-mail scheduled reports to their recipients; unset: no e-mail is sent (recipients
   * find their reports in the app). Port 465 speaks TLS from the start; others upgrade with STARTTLS
   * when the server offers it.
   */
  @IsOptional()
  @IsString()
  SMTP_HOST?: string;

  /** 587 when not set (no default here: a value set at all asks for e-mail). */
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT?: number;

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @IsOptional()
  @IsString()
  SMTP_PASSWORD?: string;

  /** The sender of the e-mails: an address, or `Name <address>`. */
  @IsOptional()
  @Matches(/^[^\s@<>]+@[^\s@<>]+$|^[^<>]*<[^\s@<>]+@[^\s@<>]+>$/, {
    message: 'SMTP_FROM must be an e-mail address, or "Name <address>"',
  })
  SMTP_FROM?: string;

  /** Where users open the app (e.g. https://accord.example.org): the links in e-mails point there. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: 'APP_URL must be an http(s) URL' })
  APP_URL?: string;
}

/** Names of the SMTP settings: setting any of them asks for e-mail, which needs the others it depends on. */
const SMTP_SETTINGS = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_USER', 'SMTP_PASSWORD', 'SMTP_FROM'] as const;

/** Why the SMTP settings cannot send e-mail, or null when they can (or none is set). */
function smtpProblem(config: AppConfig, setValues: Record<string, unknown>): string | null {
  if (!SMTP_SETTINGS.some((name) => name in setValues)) return null;
  if (!config.SMTP_HOST || !config.SMTP_FROM || !config.APP_URL) {
    return 'e-mail (SMTP_*) needs SMTP_HOST, SMTP_FROM and APP_URL (for the links in the messages)';
  }
  if (!config.SMTP_USER !== !config.SMTP_PASSWORD) return 'SMTP_USER and SMTP_PASSWORD go together';
  return null;
}

export function validateConfig(env: Record<string, unknown>): AppConfig {
  // An empty variable (e.g. `ACCORD_DEMO_PASSWORD=` in compose) means "not set".
  const setValues = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const config = plainToInstance(AppConfig, setValues, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false, forbidUnknownValues: false });
  if (config.S3_BUCKET && !(config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY)) {
    throw new Error('Invalid configuration: S3_BUCKET needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
  }
  if (errors.length > 0) {
    const details = errors
      .map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join(', ')}`)
      .join('; ');
    throw new Error(`Invalid configuration: ${details}`);
  }
  const smtp = smtpProblem(config, setValues);
  if (smtp) throw new Error(`Invalid configuration: ${smtp}`);
  return config;
}
