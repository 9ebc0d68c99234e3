import type { Browser, Page } from 'playwright-core';
import { DEFAULT_ROLES } from '@sightline/access';
import { WIDGETS_IN_PAGE_ORDER } from '@/widgets';
import { closePopupIfShown, launch, newPage, screenshot, signIn, signInToList, widgetsDrawn } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('signing in', () => {
  it('sends a visitor without a session to the login page', async () => {
    const page = await newPage(browser);
    await page.goto('/customers');
    await page.waitForURL('**/login?next=%2Fcustomers');
    expect(await page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows an error on a wrong password', async () => {
    const page = await newPage(browser);
    await signIn(page, 'support@demo.sightline.test', 'not-the-password');
    await page.getByRole('alert').filter({ hasText: 'Wrong email or password.' }).waitFor();
    expect(page.url()).toContain('/login');
    await page.context().close();
  });

  it('explains an expired session and sends the agent to sign in again', async () => {
    const page = await newPage(browser);
    const url = new URL(process.env.E2E_WEB_URL!);
    await page.context().addCookies([{ name: 'sightline_session', value: 'expired-or-revoked', domain: url.hostname, path: '/' }]);
    await page.goto('/customers');
    await page.waitForURL('**/login?expired=1**');
    await page.getByText('Your session has expired, please sign in again').waitFor();
    await page.context().close();
  });
});

describe('support agent', () => {
  let page: Page;

  beforeAll(async () => {
    page = await newPage(browser);
    await signInToList(page, 'support@demo.sightline.test');
  });

  afterAll(async () => {
    await page.context().close();
  });

  it('shows the user menu with name and role, and the list with balances', async () => {
    await page.getByTestId('user-menu').filter({ hasText: 'Support' }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Balance' }).isVisible()).toBe(true);
    expect(await page.getByRole('columnheader', { name: 'Email' }).isVisible()).toBe(true);
    await screenshot(page, 'customers.png');
  });

  it('finds a customer by searching, adds a pop-up note, and sees the pop-up after a reload', async () => {
    // Search for the third customer of the list by its account number.
    const row = page.getByTestId('customer-row').nth(2);
    const accountNumber = (await row.locator('td').first().innerText()).trim();
    const name = (await row.getByRole('link').innerText()).trim();
    await page.getByLabel('Search').fill(accountNumber);
    await page.waitForURL(`**/customers?q=${encodeURIComponent(accountNumber)}`);
    // The previous page stays on screen until the search answers: wait for the one match.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="customer-row"]').length === 1);
    expect(await page.getByTestId('customer-row').filter({ hasText: accountNumber }).count()).toBe(1);

    // Hovering the colour-coded link shows the customer's summary.
    const link = page.getByRole('link', { name });
    await link.hover();
    await page.getByTestId('customer-summary').filter({ hasText: accountNumber }).waitFor();

    await link.click();
    await page.waitForURL('**/customers/*');
    await page.getByRole('heading', { name, level: 2 }).waitFor();
    const cards = await page.locator('[data-widget]').evaluateAll((els) => els.map((e) => e.getAttribute('data-widget')));
    const support: readonly string[] = DEFAULT_ROLES.support.permissions;
    expect(cards).toEqual(WIDGETS_IN_PAGE_ORDER.filter((w) => support.includes(w.permission)).map((w) => w.id));
    expect(cards).toEqual(expect.arrayContaining(['accountDetails', 'notes', 'addresses']));

    const text = `E2E pop-up ${Date.now()}: call the site contact before any visit`;
    const notes = page.locator('[data-widget="notes"]');
    await notes.getByLabel('New note').fill(text);
    await notes.getByLabel('Show as pop-up').check();
    await notes.getByRole('button', { name: 'Add note' }).click();
    await notes.getByTestId('note').filter({ hasText: text }).waitFor();

    await page.reload();
    // The pop-up shows in the one alert above the widgets (no modal to click away).
    await page.getByTestId('popup-note').filter({ hasText: text }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await screenshot(page, 'profile-popup.png');
    await screenshot(page, 'profile.png');
  });
});

describe('debt collector', () => {
  it('does not see technical widgets (addresses), but sees notes without edit controls', async () => {
    const page = await newPage(browser);
    await signInToList(page, 'debt_collector@demo.sightline.test');
    await page.getByTestId('customer-row').first().getByRole('link').click();
    await page.waitForURL('**/customers/*');
    await page.locator('[data-widget="notes"]').waitFor();
    // The notes widget itself, not just its card: otherwise "no note controls" proves nothing.
    await widgetsDrawn(page);
    expect(await page.locator('[data-widget="accountDetails"]').count()).toBe(1);
    expect(await page.locator('[data-widget="addresses"]').count()).toBe(0);
    expect(await page.locator('[data-widget="auditTrail"]').count()).toBe(0);
    // notes:read without notes:write: no form, no flag buttons.
    expect(await page.getByLabel('New note').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Note actions' }).count()).toBe(0);
    // Balance needs ageAnalysis:read, which debt collectors have.
    await page.getByTestId('balance').waitFor();
    await page.context().close();
  });
});

describe('signing out', () => {
  it('ends the session from the user menu', async () => {
    const page = await newPage(browser);
    await signInToList(page, 'technical@demo.sightline.test');
    // Served over plain HTTP on this machine: the API, told so by the web proxy, leaves the
    // session cookie without Secure (over HTTPS or another host it is Secure: API tests).
    const [session] = (await page.context().cookies()).filter((c) => c.name === 'sightline_session');
    expect(session).toMatchObject({ httpOnly: true, secure: false, sameSite: 'Lax' });
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    // The cookie is gone: the list is out of reach again.
    await page.goto('/customers');
    await page.waitForURL('**/login?**');
    await page.context().close();
  });
});

