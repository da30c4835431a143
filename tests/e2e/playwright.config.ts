import { defineConfig } from '@playwright/test';

const port = Number(process.env['ACCORD_E2E_PORT'] ?? 3100);
export const DEMO_PASSWORD = 'e2e-demo-password';

/** The real product (built UI + API + embedded PostgreSQL with demo data), started by tools/start.mjs. */
export default defineConfig({
  testDir: '.',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // Two cores run the server, PostgreSQL, jobs and the browser: give assertions room beyond the 5 s default.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node tools/start.mjs',
    cwd: '../..',
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      PORT: String(port),
      ACCORD_PG_PORT: '54400',
      ACCORD_DATA_DIR: process.env['ACCORD_E2E_DATA_DIR'] ?? 'tmp/e2e-data',
      ACCORD_DEMO_PASSWORD: DEMO_PASSWORD,
      LOG_LEVEL: 'warn',
    },
  },
});
