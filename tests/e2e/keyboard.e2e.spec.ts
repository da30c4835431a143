import { expect, Page, test } from '@playwright/test';
import { DEMO_PASSWORD } from './playwright.config';

/** Presses Tab until the focused element matches `selector`; fails when it never does. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`${selector} is not reachable with Tab in ${limit} presses`);
}

/** The focused element draws a visible focus indicator (an outline or a box shadow). */
const focusIsVisible = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== 'none' || element.matches(':focus-visible');
  });

// The other browser tests expect the demo accounts in English: the language chosen here is put back.
test.afterEach(async ({ request }) => {
  const login = await request.post('/api/auth/login', {
    data: { email: 'viewer@example.org', password: DEMO_PASSWORD },
  });
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  await request.patch('/api/auth/me', { headers, data: { language: 'en' } });
});

test('signs in, moves between the main pages, changes the day and the language with the keyboard alone', async ({
  page,
}) => {
  await page.goto('/login');
  await tabTo(page, '[data-testid="login-email"]');
  await page.keyboard.type('viewer@example.org');
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/agreements\/[^/]+\/dashboard/);
  await page.getByTestId('commitment-count').waitFor();

  // Every section of the toolbar is a link reached with Tab and followed with Enter.
  for (const section of ['ddr', 'map', 'timeline', 'trend']) {
    await tabTo(page, `[data-testid="nav-${section}"]`);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${section}(\\?|$)`));
  }

  // The trend's chart gives way to its table from the keyboard.
  await tabTo(page, '[data-testid="view"] button:not([aria-pressed="true"])');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('trend-table')).toBeVisible();

  // The DDR page as of a past day: the date is typed into the field, then confirmed by leaving it.
  await tabTo(page, '[data-testid="nav-ddr"]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ddr-stage-registered')).toContainText('63,000');
  await tabTo(page, '[data-testid="as-of"]');
  await page.keyboard.type('12312018');
  await page.keyboard.press('Tab');
  await expect(page).toHaveURL(/ddr\?asOf=2018-12-31/);
  await expect(page.getByTestId('ddr-stage-registered')).toContainText('32,908');

  // The language menu opens with Enter and its items are chosen with the arrow keys.
  await tabTo(page, 'button[aria-label^="Language"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Français' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('nav-ddr')).toBeVisible();
});
