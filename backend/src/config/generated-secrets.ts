import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads a secret from a file in the data directory, creating it with a random value on first use.
 * The file is readable by its owner only; the data directory is git-ignored.
 */
export function readOrCreateSecretFile(
  dataDir: string,
  fileName: string,
  create: () => string,
): { value: string; created: boolean } {
  const path = join(dataDir, fileName);
  if (existsSync(path)) return { value: readFileSync(path, 'utf8').trim(), created: false };
  mkdirSync(dataDir, { recursive: true });
  const value = create();
  writeFileSync(path, `${value}\n`, { mode: 0o600, flag: 'wx' });
  return { value, created: true };
}

export const randomSecret = (bytes: number) => randomBytes(bytes).toString('base64url');

/** Fills JWT_SECRET from `<data dir>/jwt-secret` (generated on first start) when it is not configured. */
export function resolveGeneratedSecrets(env: NodeJS.ProcessEnv): void {
  if (env['JWT_SECRET']) return;
  const dataDir = env['ACCORD_DATA_DIR'] || 'data';
  env['JWT_SECRET'] = readOrCreateSecretFile(dataDir, 'jwt-secret', () => randomSecret(48)).value;
}
