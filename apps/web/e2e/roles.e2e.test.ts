/**
 * Every default role signs in, opens a customer it may reach and sees each widget card it
 * may read, with no error anywhere on the page: the profile query the browser sends (with
 * the `__typename` fields Apollo Client adds) must pass the API's limits for every role.
 */
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_ROLES, DEFAULT_ROLE_NAMES, type DefaultRoleName } from '@sightline/access';
import { WIDGETS_IN_PAGE_ORDER } from '@/widgets';
import { closePopupIfShown, launch, newPage, signInToList, widgetsDrawn } from './browser';

const emailOf = (role: DefaultRoleName) =>
  role === 'reseller' ? 'reseller-a@demo.sightline.test' : `${role}@demo.sightline.test`;

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The app's alerts (error cards, "could not be loaded", form errors), except the red pop-up
 * notes, which are content. Not `[role=alert]`: Next's route announcer and the green
 * "Note added" notification carry that role too.
 */
const errorAlerts = (page: Page) => page.locator('.mantine-Alert-root:not([data-testid="popup-notes"])');

/** Opens the first customer of the signed-in user's list and waits for the profile to settle. */
async function openFirstCustomer(page: Page): Promise<string> {
  const link = page.getByTestId('customer-row').first().getByRole('link');
  const name = (await link.innerText()).trim();
  await link.click();
  await page.waitForURL('**/customers/*');
  await page.getByRole('heading', { name, level: 2 }).waitFor();
  await closePopupIfShown(page);
  await widgetsDrawn(page);
  return name;
}

const cardsOf = (page: Page) =>
  page.locator('[data-widget]').evaluateAll((els) => els.map((e) => e.getAttribute('data-widget')));

describe.each(DEFAULT_ROLE_NAMES.map((r) => [r]))('%s', (role) => {
  it('opens a customer in its scope and sees every widget card it may read, without an error', async () => {
    const page = await newPage(browser);
    try {
      await signInToList(page, emailOf(role));
      expect(await errorAlerts(page).allInnerTexts()).toEqual([]);

      await openFirstCustomer(page);
      const permissions = new Set<string>(DEFAULT_ROLES[role].permissions);
      const readable = WIDGETS_IN_PAGE_ORDER.filter((w) => permissions.has(w.permission)).map((w) => w.id);
      expect(await cardsOf(page)).toEqual(readable);
      for (const widget of readable) {
        // Drawn, not just framed: the card holds more than its title.
        const card = page.locator(`[data-widget="${widget}"]`);
        const title = await card.getByRole('heading', { level: 3 }).innerText();
        expect((await card.innerText()).trim().length).toBeGreaterThan(title.length);
      }
      expect(await errorAlerts(page).allInnerTexts()).toEqual([]);
      if (permissions.has('ageAnalysis:read')) await page.getByTestId('balance').waitFor();

      if (role === 'reseller') {
        // reseller-a reaches Reseller A's customers only.
        const details = page.locator('[data-widget="accountDetails"]');
        await details.getByText(/^Reseller A \(/).waitFor();
      }
    } finally {
      await page.context().close();
    }
  });
});

describe('admin', () => {
  it('sees a change it made in the customer’s audit trail', async () => {
    const page = await newPage(browser);
    try {
      await signInToList(page, emailOf('admin'));
      await openFirstCustomer(page);
      const text = `E2E audit ${Date.now()}: customer asked for a call back`;
      const notes = page.locator('[data-widget="notes"]');
      await notes.getByLabel('New note').fill(text);
      await notes.getByRole('button', { name: 'Add note' }).click();
      await notes.getByTestId('note').filter({ hasText: text }).waitFor();

      // The profile is asked again after a change, so the audit trail shows it at once.
      const audit = page.locator('[data-widget="auditTrail"]');
      await audit.getByTestId('audit-entry').filter({ hasText: 'Admin Demo' }).first().waitFor();
      expect(await audit.getByTestId('audit-entry').count()).toBeGreaterThanOrEqual(1);
      expect(await errorAlerts(page).allInnerTexts()).toEqual([]);

      // Still there after a reload (it was written, not only drawn).
      await page.reload();
      await closePopupIfShown(page);
      await audit.getByTestId('audit-entry').first().waitFor();
    } finally {
      await page.context().close();
    }
  });
});
