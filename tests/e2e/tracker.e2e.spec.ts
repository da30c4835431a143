import { expect, Page, test } from '@playwright/test';
import { DEMO_PASSWORD } from './playwright.config';
import { failOnPageErrors, logIn } from './session';

failOnPageErrors();

const rateOn = async (page: Page) => Number(await page.getByTestId('implementation-rate').innerText());

async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** A minimal PDF, as a monitor would attach a scanned report. */
const REPORT_PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');

test('a monitor submits an update with a file; the reviewer returns it; the monitor resubmits; once approved the rate rises', async ({
  page,
}) => {
  await logIn(page, 'monitor@example.org');
  await expect(page.getByTestId('implementation-rate')).toHaveText(/^\d+\.\d$/);
  const before = await rateOn(page);
  const dashboardUrl = page.url();
  const reviewsUrl = dashboardUrl.replace(/dashboard$/, 'reviews');

  // A commitment at level 0: any scored milestone lifts it to at least "minimal", once approved.
  await page.goto(dashboardUrl.replace(/dashboard$/, 'commitments?level=0'));
  await page.getByTestId('commitment-row').first().locator('a').first().click();
  await expect(page).toHaveURL(/\/commitments\/[0-9a-f-]{36}$/);
  const commitmentUrl = page.url();

  await page.getByTestId('record-update').first().click();
  await page.getByTestId('update-level').selectOption('3');
  await page.getByTestId('update-date').fill('2023-11-09');
  await page.getByTestId('update-narrative').fill('Browser test: the milestone was completed.');
  await page.getByTestId('update-add-source').click();
  await page.getByTestId('update-source-url-0').fill('https://www.un.org/securitycouncil/');
  await page.getByTestId('update-source-title-0').fill('UN Secretary-General report');
  await page.getByTestId('update-source-reliability-0').selectOption('B');
  await page
    .getByTestId('update-files')
    .setInputFiles({ name: 'site-report.pdf', mimeType: 'application/pdf', buffer: REPORT_PDF });
  await page.getByTestId('update-submit').click();
  await expect(page.getByTestId('milestone-recorded')).toContainText('submitted for review');
  await expect(page.getByText('site-report.pdf')).toBeVisible();
  // Not approved: the figures have not moved.
  await page.goto(dashboardUrl);
  await expect(page.getByTestId('implementation-rate')).toHaveText(/^\d+\.\d$/);
  expect(await rateOn(page)).toBe(before);
  await logOut(page);

  await logIn(page, 'reviewer@example.org');
  await page.goto(reviewsUrl);
  const submitted = page.locator('[data-testid^="review-item-"]', {
    hasText: 'Browser test: the milestone was completed.',
  });
  await expect(submitted).toContainText('site-report.pdf');
  await expect(submitted).toContainText('UN Secretary-General report');
  await expect(submitted).toContainText('B · usually reliable');
  await submitted.getByTestId('review-return').click();
  await submitted.getByTestId('review-reason').fill('Say which sites the report covers.');
  await submitted.getByTestId('review-confirm-return').click();
  await expect(page.getByTestId('review-done')).toContainText('Returned');
  await logOut(page);

  await logIn(page, 'monitor@example.org');
  await page.goto(commitmentUrl);
  await expect(page.getByTestId('update-return-reason').first()).toContainText('Say which sites the report covers.');
  await page.getByTestId('update-resubmit').first().click();
  await expect(page.getByTestId('update-narrative')).toHaveValue('Browser test: the milestone was completed.');
  await page.getByTestId('update-narrative').fill('Browser test: the milestone was completed at Anefis and Fafa.');
  await page.getByTestId('update-submit').click();
  await expect(page.getByTestId('milestone-recorded')).toContainText('submitted for review');
  await logOut(page);

  await logIn(page, 'reviewer@example.org');
  await page.goto(reviewsUrl);
  const resubmitted = page.locator('[data-testid^="review-item-"]', { hasText: 'at Anefis and Fafa' });
  await resubmitted.getByTestId('review-approve').click();
  await expect(page.getByTestId('review-done')).toContainText('Approved');

  await page.goto(dashboardUrl);
  await expect(page.getByTestId('implementation-rate')).toHaveText(/^\d+\.\d$/);
  expect(await rateOn(page)).toBeGreaterThan(before);
});

test('a viewer finds no way to edit, and the API refuses a viewer write with 403', async ({ page, request }) => {
  await logIn(page, 'viewer@example.org');
  await page.goto(page.url().replace(/dashboard$/, 'commitments'));
  await page.getByTestId('commitment-row').first().locator('a').first().click();
  await expect(page).toHaveURL(/\/commitments\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('commitment-title')).toBeVisible();
  await expect(page.getByTestId('record-update')).toHaveCount(0);
  await expect(page.getByTestId('update-submit')).toHaveCount(0);

  const login = await request.post('/api/auth/login', {
    data: { email: 'viewer@example.org', password: DEMO_PASSWORD },
  });
  const { accessToken } = await login.json();
  const commitmentId = page.url().split('/').pop();
  const commitment = await (
    await request.get(`/api/commitments/${commitmentId}`, { headers: { Authorization: `Bearer ${accessToken}` } })
  ).json();
  const milestone = commitment.milestones[0];
  const write = await request.post(`/api/milestones/${milestone.id}/status-updates`, {
    headers: { Authorization: `Bearer ${accessToken}`, 'If-Match': `"${milestone.version}"` },
    data: { effectiveDate: '2023-01-01', level: 1, narrative: 'Should be refused' },
  });
  expect(write.status()).toBe(403);
});

test('a monitor whose colleague updated the milestone first sees the conflict, keeps the text and records again', async ({
  page,
  request,
}) => {
  await logIn(page, 'monitor@example.org');
  await page.goto(page.url().replace(/dashboard$/, 'commitments'));
  await page.getByTestId('commitment-row').first().locator('a').first().click();
  await expect(page).toHaveURL(/\/commitments\/[0-9a-f-]{36}$/);
  const commitmentId = page.url().split('/').pop();

  await page.getByTestId('record-update').first().click();
  await page.getByTestId('update-status').selectOption('delayed');
  await page.getByTestId('update-date').fill('2023-10-15');
  await page.getByTestId('update-narrative').fill('My own observation, written slowly.');

  // Meanwhile a colleague records an update on the same milestone.
  const login = await request.post('/api/auth/login', {
    data: { email: 'admin@example.org', password: DEMO_PASSWORD },
  });
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const commitment = await (await request.get(`/api/commitments/${commitmentId}`, { headers })).json();
  const milestone = commitment.milestones[0];
  const colleague = await request.post(`/api/milestones/${milestone.id}/status-updates`, {
    headers: { ...headers, 'If-Match': `"${milestone.version}"` },
    data: { effectiveDate: '2023-10-01', operationalStatus: 'stalled', narrative: 'The colleague got there first.' },
  });
  expect(colleague.status()).toBe(201);
  // Approved by a reviewer, the colleague's update is what every member now sees.
  const reviewerLogin = await request.post('/api/auth/login', {
    data: { email: 'reviewer@example.org', password: DEMO_PASSWORD },
  });
  const colleagueUpdate = (await colleague.json()).history.find(
    (update: { narrative: string }) => update.narrative === 'The colleague got there first.',
  );
  const approval = await request.post(`/api/status-updates/${colleagueUpdate.id}/approval`, {
    headers: { Authorization: `Bearer ${(await reviewerLogin.json()).accessToken}` },
  });
  expect(approval.status()).toBe(200);

  await page.getByTestId('update-submit').click();
  await expect(page.getByTestId('update-error')).toContainText('colleague');
  await expect(page.getByText('The colleague got there first.')).toBeVisible();
  await expect(page.getByTestId('update-narrative')).toHaveValue('My own observation, written slowly.');

  await page.getByTestId('update-submit').click();
  await expect(page.getByText('My own observation, written slowly.')).toBeVisible();
  await expect(page.getByTestId('update-form')).toHaveCount(0);
});

test('an administrator finds the accounts, reads the audit trail and verifies its chain', async ({ page }) => {
  await logIn(page, 'admin@example.org');
  await page.getByTestId('nav-admin').click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByText('reviewer@example.org')).toBeVisible();

  await page.goto('/admin/audit');
  await expect(page.getByTestId('audit-row').first()).toBeVisible();
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-chain-intact')).toBeVisible();
});

test('a monitor does not get into the administrators’ area', async ({ page }) => {
  await logIn(page, 'monitor@example.org');
  await expect(page.getByTestId('nav-admin')).toHaveCount(0);
  await page.goto('/admin/users');
  await expect(page.getByText('reviewer@example.org')).toHaveCount(0);
});

test('the DDR dashboard, the map and the timeline render with the demo data', async ({ page }) => {
  await logIn(page, 'viewer@example.org');
  await page.getByTestId('nav-ddr').click();
  await expect(page.getByTestId('ddr-stage-registered')).toContainText('63,000');
  await expect(page.getByTestId('ddr-stage-disarmed')).toContainText('1,500');
  await expect(page.getByTestId('ddr-history-registered')).toContainText('32,908');
  await expect(page.locator('[data-testid="ddr-chain-chart"] canvas')).toBeVisible();
  await expect(page.getByTestId('sites')).toContainText('MOC camp, Timbuktu');

  // Back to the day after the Gao attack: the camp is suspended, the northern MOC units not deployed yet.
  await page.getByTestId('nav-map').click();
  await expect(page.locator('[data-testid="map-chart"] canvas')).toBeVisible();
  await expect(page.getByTestId('area-ML-7')).toContainText('Gao · Ménaka');
  await page.getByTestId('as-of').fill('2017-01-20');
  await page.getByTestId('as-of').dispatchEvent('change');
  await expect(page).toHaveURL(/map\?asOf=2017-01-20/);
  await expect(page.getByTestId('sites')).toContainText('Suspended');
  await expect(page.getByTestId('sites')).not.toContainText('Operational');

  await page.getByTestId('nav-timeline').click();
  await expect(page.getByTestId('timeline-table')).toBeVisible();
  await expect(page.getByTestId('timeline-counts')).toContainText(/Overdue: [1-9]/);
  await expect(page.locator('[echarts] canvas')).toBeVisible();
});
