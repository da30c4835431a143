import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The benchmark script must keep working as the schema changes: run it on a tiny history. */
describe('dashboard benchmark script', () => {
  it('generates a history on the current schema and prints every figure against the baseline', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(__dirname, '../../tools/bench/dashboard-at-scale.cjs'), '3'],
      { env: { ...process.env, DATABASE_URL: process.env['ACCORD_TEST_ADMIN_URL'] } },
    );
    expect(stdout).toContain('6,000 status updates on 2000 milestones');
    for (const label of ['baseline: one sequential scan', 'dashboard as of today', 'commitment list', 'full history']) {
      expect(stdout).toMatch(new RegExp(`${label}.*\\d+\\.\\d ms\\s+\\d+\\.\\d\\dx the scan`));
    }
  });
});
