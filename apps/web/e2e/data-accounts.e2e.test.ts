import type { Browser, Page } from 'playwright-core';
import { launch, newPage, screenshot, signInToList, widgetsDrawn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openCustomer(page: Page, email: string, nth: number) {
  await signInToList(page, email);
  await page.getByTestId('customer-row').nth(nth).getByRole('link').click();
  await page.waitForURL('**/customers/*');
  await widgetsDrawn(page);
}

describe('data accounts and package changes in the browser', () => {
  it('a technical agent adds an account (its generated password shown once), then suspends it with a reason', async () => {
    const page = await newPage(browser);
    await openCustomer(page, 'technical@demo.sightline.test', 4);
    const card = page.locator('[data-widget="dataAccounts"]');
    const username = `e2e-${Date.now()}@wisp.co.za`;
    await card.getByRole('button', { name: 'Add data account' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Username').fill(username);
    await dialog.getByRole('combobox', { name: 'Package' }).click();
    await page.getByRole('option').first().click();
    await dialog.getByRole('button', { name: 'Add data account' }).click();
    const secret = page.getByTestId('secret');
    await secret.waitFor();
    expect((await secret.innerText()).trim()).toMatch(/^[A-Za-z0-9]{12}$/);
    await screenshot(page, 'data-account-password.png');
    await page.getByRole('button', { name: 'Done' }).click();

    const row = card.getByTestId('data-account').filter({ hasText: username });
    await row.waitFor();
    await row.getByRole('button', { name: `Actions for ${username}` }).click();
    await page.getByRole('menuitem', { name: 'Suspend' }).click();
    await page.getByRole('dialog').getByLabel('Reason').fill('E2E: router reported stolen');
    await page.getByRole('dialog').getByRole('button', { name: 'Suspend' }).click();
    await row.filter({ hasText: 'Suspended' }).filter({ hasText: 'E2E: router reported stolen' }).waitFor();
    await screenshot(page, 'data-accounts.png');
    await page.context().close();
  });

  it('a support agent schedules a package change for an account and cancels it', async () => {
    // A fresh active account to schedule for (support agents read data accounts but do not add them).
    const tech = await newPage(browser);
    await openCustomer(tech, 'technical@demo.sightline.test', 5);
    const username = `e2e-pc-${Date.now()}@wisp.co.za`;
    await tech.locator('[data-widget="dataAccounts"]').getByRole('button', { name: 'Add data account' }).click();
    await tech.getByRole('dialog').getByLabel('Username').fill(username);
    await tech.getByRole('dialog').getByRole('combobox', { name: 'Package' }).click();
    await tech.getByRole('option').first().click();
    await tech.getByRole('dialog').getByRole('button', { name: 'Add data account' }).click();
    await tech.getByRole('button', { name: 'Done' }).click();
    await tech.context().close();

    const page = await newPage(browser);
    await openCustomer(page, 'support@demo.sightline.test', 5);
    const card = page.locator('[data-widget="packageChanges"]');
    await card.getByRole('button', { name: 'Schedule change' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Data account' }).click();
    await page.getByRole('option', { name: new RegExp(username) }).click();
    await dialog.getByRole('combobox', { name: 'New package' }).click();
    await page.getByRole('option').first().click();
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await dialog.getByLabel('Effective date').fill(inAWeek);
    await dialog.getByRole('button', { name: 'Schedule change' }).click();
    const scheduled = card.getByTestId('package-change').filter({ hasText: username }).filter({ hasText: 'Scheduled' });
    await scheduled.waitFor();
    await scheduled.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Yes, cancel the change' }).click();
    await card.getByTestId('package-change').filter({ hasText: username }).filter({ hasText: 'Cancelled' }).waitFor();
    await screenshot(page, 'package-changes.png');
    await page.context().close();
  });
});
