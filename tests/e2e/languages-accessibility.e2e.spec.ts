import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD } from './playwright.config';
import { logIn } from './session';

type Translations = { [key: string]: string | Translations };
const translations = (language: string): Translations =>
  JSON.parse(readFileSync(join(__dirname, '../../frontend/public/i18n', `${language}.json`), 'utf8'));
const leaves = (node: Translations): string[] =>
  Object.values(node).flatMap((value) => (typeof value === 'string' ? [value] : leaves(value)));

/**
 * English labels of the interface: whole strings without parameters, which a translated screen must
 * not show (the demo data is English by design, so a label is only caught when a text node equals it).
 * Strings the other languages keep as they are (a product name, an international term) are left out.
 */
const englishLabels = (() => {
  const kept = new Set([...leaves(translations('fr')), ...leaves(translations('ar'))]);
  return new Set(
    leaves(translations('en')).filter(
      (label) => !label.includes('{{') && /[A-Za-z]{3}/.test(label) && !kept.has(label),
    ),
  );
})();

// The other browser tests expect the demo accounts in English: the language chosen here is put back.
test.afterEach(async ({ request }) => {
  for (const email of ['reviewer@example.org', 'monitor@example.org']) {
    const login = await request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
    const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
    await request.patch('/api/auth/me', { headers, data: { language: 'en' } });
  }
});

/**
 * The text nodes of the page (visible or read by screen readers) that are exactly an English label,
 * apart from the agreement's own names (data, which may coincide with a label, e.g. a pillar's name).
 */
const englishOn = (page: Page, dataNames: ReadonlySet<string>) =>
  page.evaluate(
    (labels) => {
      const found = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        if (labels.includes(text)) found.add(text);
      }
      for (const element of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder]'))) {
        for (const name of ['aria-label', 'title', 'placeholder']) {
          const value = element.getAttribute(name)?.trim();
          if (value && labels.includes(value)) found.add(value);
        }
      }
      return [...found];
    },
    [...englishLabels].filter((label) => !dataNames.has(label)),
  );

/** Serious and critical accessibility violations (WCAG 2.1 A and AA rules of axe-core). */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const minor = results.violations.filter(
    (violation) => violation.impact !== 'serious' && violation.impact !== 'critical',
  );
  console.log(
    `axe ${new URL(page.url()).pathname} (${await page.locator('html').getAttribute('lang')}): ${results.passes.length} rules passed, ` +
      `${results.violations.length} violated (${minor.map((violation) => `${violation.id} ${violation.impact}`).join(', ') || 'none minor'})`,
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * The main pages: dashboard, commitments, a commitment, updates under review, DDR, indicators, map,
 * timeline, changes, trend.
 */
async function mainPages(page: Page): Promise<string[]> {
  const dashboard = page.url();
  await page.getByTestId('commitment-count').waitFor();
  const commitments = dashboard.replace(/dashboard$/, 'commitments');
  await page.goto(commitments);
  await page.getByTestId('commitment-row').first().waitFor();
  await page.getByTestId('commitment-row').first().locator('a').first().click();
  await page.getByTestId('commitment-title').waitFor();
  const commitment = page.url();
  return [
    dashboard,
    commitments,
    commitment,
    dashboard.replace(/dashboard$/, 'reviews'),
    dashboard.replace(/dashboard$/, 'ddr'),
    dashboard.replace(/dashboard$/, 'indicators'),
    dashboard.replace(/dashboard$/, 'map'),
    dashboard.replace(/dashboard$/, 'timeline'),
    dashboard.replace(/dashboard$/, 'changes'),
    dashboard.replace(/dashboard$/, 'trend'),
  ];
}

test('the main pages have no serious or critical accessibility violation, in English and in Arabic', async ({
  page,
}) => {
  await logIn(page, 'reviewer@example.org');
  const pages = await mainPages(page);
  for (const language of ['English', 'العربية']) {
    if (language !== 'English') {
      await page.getByRole('button', { name: /Language: English/ }).click();
      await page.getByRole('menuitem', { name: language }).click();
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    }
    for (const url of pages) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      expect({ url, language, violations: await seriousViolations(page) }).toEqual({ url, language, violations: [] });
    }
  }
});

test('Arabic lays the whole interface out right to left, leaves no English label, and is remembered on the account', async ({
  page,
  context,
  request,
}) => {
  await logIn(page, 'monitor@example.org');
  const pages = await mainPages(page);
  const login = await request.post('/api/auth/login', {
    data: { email: 'monitor@example.org', password: DEMO_PASSWORD },
  });
  const agreementId = pages[0].split('/').at(-2);
  const agreement = await (
    await request.get(`/api/agreements/${agreementId}`, {
      headers: { Authorization: `Bearer ${(await login.json()).accessToken}` },
    })
  ).json();
  const dataNames = new Set<string>(
    [...agreement.pillars, ...agreement.parties, ...agreement.monitoringBodies].flatMap(
      (item: { name: string; acronym?: string }) => [item.name, item.acronym ?? ''],
    ),
  );
  await page.getByRole('button', { name: /Language: English/ }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  for (const url of pages) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect({ url, english: await englishOn(page, dataNames) }).toEqual({ url, english: [] });
  }

  // Another device (nothing stored in the browser): the account's language comes back after signing in.
  await context.clearCookies();
  await page.evaluate(() => localStorage.clear());
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByTestId('login-email').fill('monitor@example.org');
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});
