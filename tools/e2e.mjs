#!/usr/bin/env node
// Runs the browser tests with Debian's Chromium (never a downloaded browser). Without Chromium they
// are skipped with a clear message, unless ACCORD_REQUIRE_BROWSER=1 (CI), where that is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const message = `Chromium not found at ${chromium}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`;
  if (process.env.ACCORD_REQUIRE_BROWSER === '1') {
    console.error(`FAILED: browser tests required but ${message}`);
    process.exit(1);
  }
  console.warn(`\n*** SKIPPED the browser tests: ${message} ***\n`);
  process.exit(0);
}

const env = {
  ...process.env,
  CHROMIUM_PATH: chromium,
  // A fresh data directory: the server starts on an empty embedded database and loads the demo data.
  ACCORD_E2E_DATA_DIR: mkdtempSync(join(tmpdir(), 'accord-e2e-')),
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
};
const result = spawnSync('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts'], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
