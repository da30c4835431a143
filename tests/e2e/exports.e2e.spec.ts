import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiHeaders, failOnPageErrors, logIn } from './session';

failOnPageErrors();

test('a viewer exports the commitments of the list they filtered, follows its progress, and downloads the workbook', async ({
  page,
  request,
}) => {
  await logIn(page, 'viewer@example.org');
  await page.goto(page.url().replace(/dashboard$/, 'commitments?status=stalled'));
  await expect(page.getByTestId('commitment-row').first()).toBeVisible();

  await page.getByTestId('export-link').click();
  await expect(page).toHaveURL(/\/exports\?dataset=commitments&status=stalled$/);
  await expect(page.getByTestId('export-filters')).toContainText('Operational status: Stalled');
  await expect(page.getByTestId('export-format')).toHaveValue('xlsx');

  // Exporting these commitments takes the server a blink: the list's answer is held back a moment (a slow
  // link), so that the page shows the export waiting, with its progress bar, before it is ready.
  await page.route('**/api/jobs?agreementId=*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.getByTestId('export-start').click();
  const job = page.locator('[data-testid^="export-job-"]').first();
  await expect(job.getByTestId('export-progress')).toBeVisible();
  await expect(job.getByTestId('export-job-state')).toHaveText('Ready', { timeout: 20_000 });
  await expect(job.getByTestId('export-progress')).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await job.getByTestId('export-download').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mali-2015-commitments-\d{4}-\d{2}-\d{2}\.xlsx$/);

  // The workbook reads back: the commitments the filtered list holds, as the API lists them.
  const agreementId = page.url().split('/')[4];
  const listed = await request.get(`/api/agreements/${agreementId}/commitments?status=stalled&pageSize=100`, {
    headers: await apiHeaders(request, 'viewer@example.org'),
  });
  const { items } = await listed.json();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const [sheet] = workbook.worksheets;
  expect(sheet.name).toBe('Commitments');
  expect(sheet.getRow(1).getCell(1).value).toBe('Reference');
  expect(sheet.getColumn(1).values.slice(2)).toEqual(items.map((item: { reference: string }) => item.reference));
  expect(items.length).toBeGreaterThan(0);
  expect(new Set(sheet.getColumn(8).values.slice(2))).toEqual(new Set(['stalled']));
});
