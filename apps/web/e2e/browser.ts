import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const WEB_URL = process.env.E2E_WEB_URL ?? 'http://127.0.0.1:3000';
export const ARTIFACTS = join(__dirname, '..', '..', '..', 'artifacts');
export const DEMO_PASSWORD = 'sightline-demo';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser context (its own cookies) with a laptop-sized window. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL: WEB_URL });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in and waits for the customer list to show its first rows. */
export async function signInToList(page: Page, email: string) {
  await signIn(page, email);
  await page.waitForURL('**/customers');
  await page.getByTestId('customer-row').first().waitFor();
}

/** The pop-up opens on load when the customer has flagged notes; close it to reach the page. */
export async function closePopupIfShown(page: Page) {
  await page.waitForLoadState('networkidle');
  const button = page.getByRole('button', { name: 'I have read this' });
  if (await button.isVisible()) {
    await button.click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
  }
}

/** Once the profile shows, waits until every widget card has its code (no skeleton left in a card). */
export async function widgetsDrawn(page: Page) {
  await page.waitForFunction(() => document.querySelector('[data-widget] [aria-busy="true"]') === null);
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
}
