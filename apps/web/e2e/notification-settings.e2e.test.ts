/**
 * The notification settings card in a real browser: an agent edits where invoices go, the
 * card flags an address that is not on the account, and an account-details change (in the
 * other card) clears or raises that warning without a reload.
 */
import type { Browser, Page } from 'playwright-core';
import { closePopupIfShown, launch, newPage, signInToList, widgetsDrawn } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the n-th customer of the list (not the first, which other e2e files change). */
async function openCustomer(page: Page, n: number) {
  const link = page.getByTestId('customer-row').nth(n).getByRole('link');
  const name = (await link.innerText()).trim();
  await link.click();
  await page.waitForURL('**/customers/*');
  await page.getByRole('heading', { name, level: 2 }).waitFor();
  await closePopupIfShown(page);
  await widgetsDrawn(page);
}

async function setBillingEmails(page: Page, emails: string) {
  const details = page.locator('[data-widget="accountDetails"]');
  await details.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit account details' });
  await dialog.getByLabel('Email addresses').fill(emails);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

test('support edits where invoices go; an account-details change clears and raises the out-of-date warning', async () => {
  const page = await newPage(browser);
  try {
    await signInToList(page, 'support@demo.sightline.test');
    await openCustomer(page, 3);
    const card = page.locator('[data-widget="notificationSettings"]');
    const invoicesByEmail = card.getByTestId('notification-INVOICE-EMAIL');
    await invoicesByEmail.waitFor();

    // Point invoices at an address the account does not have: flagged, and counted.
    const address = `e2e-${Date.now()}@example.com`;
    await card.getByRole('button', { name: 'Edit invoices by Email' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invoices by Email' });
    await dialog.getByLabel(/Email addresses, one per line/).fill(address);
    await dialog.getByRole('button', { name: 'Save destinations' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await invoicesByEmail.getByTestId('orphaned-destination').filter({ hasText: address }).waitFor();
    await card.getByTestId('orphaned-banner').waitFor();

    // The account now bills that address: the flag goes as soon as the details are saved.
    await setBillingEmails(page, address);
    await invoicesByEmail.getByText(address, { exact: true }).waitFor();
    await invoicesByEmail.getByTestId('orphaned-destination').waitFor({ state: 'detached' });

    // And comes back when the account stops using it.
    await setBillingEmails(page, `new-${address}`);
    await invoicesByEmail.getByTestId('orphaned-destination').filter({ hasText: address }).waitFor();
    await card.getByTestId('orphaned-banner').waitFor();
    expect(await card.getByTestId('orphaned-banner').innerText()).toMatch(/no longer match/);
  } finally {
    await page.context().close();
  }
});

test('a technical user reads no notification settings card (the role does not grant it)', async () => {
  const page = await newPage(browser);
  try {
    await signInToList(page, 'technical@demo.sightline.test');
    await openCustomer(page, 3);
    expect(await page.locator('[data-widget="notificationSettings"]').count()).toBe(0);
  } finally {
    await page.context().close();
  }
});
