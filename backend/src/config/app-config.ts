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
}

export function validateConfig(env: Record<string, unknown>): AppConfig {
  // An empty variable (e.g. `ACCORD_DEMO_PASSWORD=` in compose) means "not set".
  const setValues = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const config = plainToInstance(AppConfig, setValues, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const details = errors
      .map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join(', ')}`)
      .join('; ');
    throw new Error(`Invalid configuration: ${details}`);
  }
  return config;
}
