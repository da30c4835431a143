import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { DEMO_PASSWORD } from './playwright.config';

/** Signs in through the login page with the demo password; the user lands on their agreement's dashboard. */
export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/agreements\/[^/]+\/dashboard/);
}

/** The headers of an API call as a demo account, signed in through the API. */
export async function apiHeaders(request: APIRequestContext, email: string): Promise<Record<string, string>> {
  const login = await request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  return { Authorization: `Bearer ${(await login.json()).accessToken}` };
}

/**
 * Fails each test of the file whose page logged an error, e.g. a stylesheet or script refused by the
 * Content-Security-Policy. A 4xx the test provokes is logged by the browser too: it is the API's answer,
 * not a page error. Call once at the top of a spec file.
 */
export function failOnPageErrors(): void {
  const consoleErrors = new WeakMap<Page, string[]>();
  test.beforeEach(({ page }) => {
    const errors: string[] = [];
    consoleErrors.set(page, errors);
    page.on('console', (message) => {
      const apiRefusal = /^Failed to load resource: the server responded with a status of 4\d\d/;
      if (message.type() === 'error' && !apiRefusal.test(message.text())) errors.push(message.text());
    });
  });
  test.afterEach(({ page }) => {
    expect(consoleErrors.get(page)).toEqual([]);
  });
}
