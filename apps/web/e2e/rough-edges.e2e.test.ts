// Rough edges a new user hit, checked where only a real browser can tell: history and reload,
// what survives a reload or a new sign-in, and whether long text stays inside its card.
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, launch, newPage, screenshot, signIn, WEB_URL } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function signInToList(page: Page, email: string) {
  await signIn(page, email);
  await page.waitForURL('**/customers');
  await page.getByTestId('customer-row').first().waitFor();
}

/** The names on the list once it has settled (no loading overlay), waiting until the first differs from `not`. */
async function listedNames(page: Page, not?: string): Promise<string[]> {
  await page.waitForFunction(
    (previous) => {
      const first = document.querySelector('[data-testid="customer-row"] a');
      return Boolean(first) && first!.textContent !== previous && !document.querySelector('.mantine-LoadingOverlay-root');
    },
    not ?? null,
  );
  return page.getByTestId('customer-row').getByRole('link').allInnerTexts();
}

/** Opens the profile of the list's first customer, waiting for its notes card. */
async function openFirstProfile(page: Page): Promise<string> {
  await page.getByTestId('customer-row').first().getByRole('link').click();
  await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
  await page.locator('[data-widget="notes"]').waitFor();
  return new URL(page.url()).pathname;
}

/** True when nothing inside the element sticks out on the right (even where its overflow is hidden). */
const fitsSideways = (box: ReturnType<Page['locator']>) =>
  box.evaluate((el) => {
    const right = el.getBoundingClientRect().right + 1;
    return [...el.querySelectorAll('*')].every((child) => child.getBoundingClientRect().right <= right);
  });

describe('the customer list keeps its page', () => {
  it('across a reload and Back from a profile; Previous walks back page by page', async () => {
    const page = await newPage(browser);
    await signInToList(page, 'support@demo.sightline.test');
    const page1 = await listedNames(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForURL(/page=2/);
    const page2 = await listedNames(page, page1[0]);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForURL(/page=3/);
    const page3 = await listedNames(page, page2[0]);
    expect(new Set([...page1, ...page2, ...page3]).size).toBe(page1.length * 3);
    await page.getByText('Page 3').waitFor();

    await page.reload();
    expect(await listedNames(page)).toEqual(page3);
    expect(await page.getByTestId('page-number').innerText()).toBe('Page 3');

    await page.getByTestId('customer-row').nth(4).getByRole('link').click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await page.locator('[data-widget="accountDetails"]').waitFor();
    await page.goBack();
    await page.waitForURL(/page=3/);
    expect(await listedNames(page)).toEqual(page3);

    await page.getByRole('button', { name: 'Previous' }).click();
    await page.waitForURL(/before=.*page=2/);
    expect(await listedNames(page, page3[0])).toEqual(page2);
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.waitForURL(/\/customers$/);
    expect(await listedNames(page, page2[0])).toEqual(page1);
    expect(await page.getByRole('button', { name: 'Previous' }).isDisabled()).toBe(true);
    await page.context().close();
  });
});

describe('pop-up notes', () => {
  it('show once in one alert; a dismissal survives a reload and is that agent’s alone; long text stays in its card', async () => {
    const support = await newPage(browser);
    await signInToList(support, 'support@demo.sightline.test');
    const profile = await openFirstProfile(support);
    const text = `E2E-${Date.now()}-${'x'.repeat(300)}`;
    const notes = support.locator('[data-widget="notes"]');
    await notes.getByLabel('New note').fill(text);
    await notes.getByLabel('Show as pop-up').check();
    await notes.getByRole('button', { name: 'Add note' }).click();
    const alertNote = support.getByTestId('popup-note').filter({ hasText: text });
    await alertNote.waitFor();
    expect(await support.getByRole('dialog').count()).toBe(0);
    expect(await support.getByText(text).count()).toBe(2); // the alert and the notes card, no more

    // 300 unbroken characters wrap inside the note card and the alert.
    expect(await fitsSideways(notes.getByTestId('note').filter({ hasText: text }))).toBe(true);
    expect(await fitsSideways(support.getByTestId('popup-notes'))).toBe(true);
    await screenshot(support, 'rough-edges-popup.png');

    await alertNote.getByRole('button', { name: 'Dismiss' }).click();
    await alertNote.waitFor({ state: 'detached' });
    await support.reload();
    await notes.getByTestId('note').filter({ hasText: text }).waitFor();
    expect(await support.getByTestId('popup-note').filter({ hasText: text }).count()).toBe(0);

    // A colleague is still alerted.
    const colleague = await newPage(browser);
    await signInToList(colleague, 'technical@demo.sightline.test');
    await colleague.goto(profile);
    await colleague.getByTestId('popup-note').filter({ hasText: text }).waitFor();

    for (const p of [support, colleague]) await p.context().close();
  });
});

describe('a note being typed', () => {
  it('is restored after the session expires and the agent signs in again, and cleared once saved', async () => {
    const page = await newPage(browser);
    await signInToList(page, 'support@demo.sightline.test');
    const profile = await openFirstProfile(page);
    const draft = `Customer reports the router reboots at night (${Date.now()})`;
    await page.getByLabel('New note').fill(draft);

    // The session ends while the agent is typing; saving sends them to sign in again.
    await page.context().clearCookies();
    await page.context().addCookies([{ name: 'sightline_session', value: 'expired-meanwhile', url: WEB_URL }]);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.waitForURL('**/login?expired=1**');
    await page.getByText('Your session has expired, please sign in again').waitFor();
    await page.getByLabel('Email').fill('support@demo.sightline.test');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.waitForURL(`**${profile}`);
    const box = page.getByLabel('New note');
    await box.waitFor();
    expect(await box.inputValue()).toBe(draft);

    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByTestId('note').filter({ hasText: draft }).waitFor();
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('form[aria-label="Add a note"] textarea')?.value === '');
    await page.reload();
    await page.getByTestId('note').filter({ hasText: draft }).waitFor();
    expect(await page.getByLabel('New note').inputValue()).toBe('');
    await page.context().close();
  });
});

describe('small things', () => {
  it('has an app icon, reachable before signing in', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect(href).toMatch(/^\/icon\.svg/);
    const res = await fetch(new URL(href!, WEB_URL), { redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    await page.context().close();
  });

  it('a reseller sees initials from words, and no staff name as account manager', async () => {
    const page = await newPage(browser);
    await signInToList(page, 'reseller-a@demo.sightline.test');
    expect(await page.getByTestId('user-menu').locator('.mantine-Avatar-root').innerText()).toBe('AR');
    await page.getByTestId('customer-row').first().getByRole('link').click();
    const details = page.locator('[data-widget="accountDetails"]');
    await details.getByText('Reseller', { exact: true }).waitFor();
    expect(await details.getByText('Account manager').count()).toBe(0);
    await page.context().close();
  });
});
