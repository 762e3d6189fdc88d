import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { PASSWORD, registerUser, uniqueEmail } from '../support/accounts.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { databaseTargets } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SCREENSHOT = 'test-artifacts/swagger-ui-me.png';

/** Expands an operation in Swagger UI (ids are operations-<tag>-<operationId>), presses Try it out. */
async function tryOut(page: Page, tag: string, operationId: string): Promise<Locator> {
  const block = page.locator(`#operations-${tag}-${operationId}`);
  await block.locator('.opblock-summary').first().click();
  await block.getByRole('button', { name: 'Try it out' }).click();
  return block;
}

/** Executes the expanded operation and returns the live response's status and body text. */
async function execute(block: Locator): Promise<{ status: string; body: string }> {
  await block.getByRole('button', { name: 'Execute' }).click();
  const response = block.locator('.live-responses-table .response').first();
  await response.waitFor();
  return {
    status: (await response.locator('.response-col_status').innerText()).trim(),
    body: await response.locator('.response-col_description .highlight-code pre').first().innerText(),
  };
}

// Swagger UI in a real browser, under the CSP the app sets on /docs: sign in, authorize, call /users/me.
describe.each(databaseTargets().slice(0, 1))('Swagger UI in Chromium on $name', (target) => {
  let t: TestApp;
  let browser: Browser;
  const user = { email: uniqueEmail('swagger'), password: PASSWORD, name: 'Swagger Tester' };

  beforeAll(async () => {
    t = await startTestApp(target);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await t.close();
  });

  it('signs in, authorizes with the token and gets /users/me', async () => {
    await registerUser(t.http, user);

    const page = await browser.context.newPage();
    // Anything the page's CSP refuses shows up as a console error: collect them all.
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') {
        consoleErrors.push(message.text());
      }
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    await page.goto(`${t.baseUrl}/docs`);
    await page.locator('.swagger-ui .information-container').waitFor();

    const login = await tryOut(page, 'auth', 'login');
    await login
      .locator('textarea.body-param__text')
      .fill(JSON.stringify({ email: user.email, password: user.password }));
    const signedIn = await execute(login);
    expect(signedIn.status).toBe('200');
    const accessToken = (JSON.parse(signedIn.body) as { accessToken: string }).accessToken;
    expect(accessToken).toMatch(/^ey/);

    await page.locator('.scheme-container button.authorize').click();
    const dialog = page.locator('.modal-ux');
    await dialog.locator('input[type="text"]').fill(accessToken);
    // Swagger UI labels these "Apply credentials" and "Close" for screen readers.
    await dialog.locator('button.modal-btn.authorize').click();
    await dialog.locator('button.btn-done').click();

    const me = await tryOut(page, 'users', 'getMe');
    const answer = await execute(me);
    expect(answer.status).toBe('200');
    expect(JSON.parse(answer.body)).toMatchObject({ email: user.email, name: user.name });

    mkdirSync('test-artifacts', { recursive: true });
    await me.scrollIntoViewIfNeeded();
    await page.screenshot({ path: SCREENSHOT });
    expect(consoleErrors).toEqual([]);
  });
});
