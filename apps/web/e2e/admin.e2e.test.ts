import type { Browser, Page } from 'playwright-core';
import { launch, newPage, screenshot, signIn } from './browser';

// The demo admin drives the admin screens; the people it creates sign in in contexts of their own.

let browser: Browser;
let admin: Page;
const run = Date.now().toString(36);
const PASSWORD = 'e2e-password-long-enough';

beforeAll(async () => {
  browser = await launch();
  admin = await newPage(browser);
  await signIn(admin, 'admin@demo.sightline.test');
  await admin.waitForURL('**/customers');
});

afterAll(async () => {
  await browser?.close();
});

/** Picks `option` in the Mantine select labelled `label` (inside `scope`, e.g. a dialog). */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function openAdmin(screen: 'Users' | 'Roles' | 'API tokens' | 'Resellers') {
  await admin.getByRole('link', { name: 'Admin' }).click();
  await admin.waitForURL('**/admin/users');
  if (screen !== 'Users') await admin.getByRole('tab', { name: screen }).click();
  await admin.getByRole('tab', { name: screen, selected: true }).waitFor();
}

/** Adds a user with a password through the Users screen. */
async function addUserWithPassword(name: string, email: string, roleLabel: string) {
  await openAdmin('Users');
  await admin.getByRole('button', { name: 'Add user' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Add user' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Email').fill(email);
  await choose(admin, 'Role', roleLabel);
  await dialog.getByText('Set a password').click();
  await dialog.getByLabel('Initial password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Add user', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await userRow(email).waitFor();
}

const userRow = (email: string) => admin.getByTestId('user-row').filter({ hasText: email });

/** A second person, signed in in a browser context of their own, on the customer list. */
async function signedInAs(email: string, password = PASSWORD) {
  const page = await newPage(browser);
  await signIn(page, email, password);
  await page.waitForURL('**/customers');
  await page.getByTestId('customer-row').first().waitFor();
  return page;
}

/** A GraphQL request straight to the API with a bearer token, as a partner's tool makes it. */
async function apiAs(token: string, query: string) {
  const res = await fetch(process.env.E2E_API_URL!, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

describe('users', () => {
  it('invites a user by link; the link opened in a fresh browser sets the password once, and the user signs in', async () => {
    const email = `invited-${run}@e2e.sightline.test`;
    await openAdmin('Users');
    await admin.getByRole('button', { name: 'Add user' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add user' });
    await dialog.getByLabel('Name').fill('Ivy Invited');
    await dialog.getByLabel('Email').fill(email);
    await choose(admin, 'Role', 'Support');
    await dialog.getByRole('button', { name: 'Add user and get link' }).click();
    await dialog.getByText("Copy it now: you won't see this again").waitFor();
    const url = (await dialog.getByTestId('secret').innerText()).trim();
    expect(url).toMatch(new RegExp(`^${process.env.E2E_WEB_URL}/invite/slp_[\\w-]+$`));
    await screenshot(admin, 'admin-invite-link.png');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await userRow(email).getByText('Awaiting password').waitFor();

    const invitee = await newPage(browser);
    await invitee.goto(url);
    await invitee.getByRole('heading', { name: 'Welcome to Sightline, Ivy Invited' }).waitFor();
    await invitee.getByLabel('New password').fill(PASSWORD);
    await invitee.getByLabel('Repeat the password').fill(PASSWORD);
    await invitee.getByRole('button', { name: 'Set password' }).click();
    await invitee.getByRole('heading', { name: 'Password set' }).waitFor();
    await invitee.getByRole('link', { name: 'Sign in' }).click();
    await invitee.waitForURL('**/login');
    await signIn(invitee, email, PASSWORD);
    await invitee.waitForURL('**/customers');
    await invitee.getByTestId('user-menu').filter({ hasText: 'Ivy Invited' }).waitFor();

    // The link worked once.
    const again = await newPage(browser);
    await again.goto(url);
    await again.getByRole('alert').filter({ hasText: 'already been used' }).waitFor();
    await again.context().close();
    await invitee.context().close();

    await admin.reload();
    await userRow(email).getByText('Active', { exact: true }).waitFor();
    expect(await userRow(email).getByText('Never').count()).toBe(0); // last sign-in is shown
  });

  it("changes a user's role (applies on their next request), then deactivates them: their session ends at once", async () => {
    const email = `agent-${run}@e2e.sightline.test`;
    await addUserWithPassword('Dee Agent', email, 'Support');
    const agent = await signedInAs(email);
    await agent.getByTestId('user-menu').filter({ hasText: 'Support' }).waitFor();

    await userRow(email).getByRole('button', { name: 'Change role' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Change the role of Dee Agent' });
    await choose(admin, 'Role', 'Technical');
    await dialog.getByRole('button', { name: 'Change role' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await userRow(email).getByRole('cell', { name: 'Technical' }).waitFor();
    await agent.reload();
    await agent.getByTestId('user-menu').filter({ hasText: 'Technical' }).waitFor();

    await userRow(email).getByRole('button', { name: 'Deactivate' }).click();
    await admin.getByRole('button', { name: 'Yes, deactivate' }).click();
    await userRow(email).getByText('Deactivated').waitFor();
    // The agent's very next request is refused: back to sign-in, told the session ended.
    await agent.getByTestId('customer-row').first().getByRole('link').click();
    await agent.waitForURL('**/login?expired=1**');
    await signIn(agent, email, PASSWORD);
    await agent.getByRole('alert').filter({ hasText: 'Wrong email or password.' }).waitFor();
    await agent.context().close();

    await userRow(email).getByRole('button', { name: 'Reactivate' }).click();
    await userRow(email).getByText('Active', { exact: true }).waitFor();
  });
});

describe('roles', () => {
  it('a permission ticked in the grid takes effect for a user of that role on their next request', async () => {
    const role = `e2e_auditor_${run}`;
    await openAdmin('Roles');
    await admin.getByRole('button', { name: 'New role' }).click();
    const dialog = admin.getByRole('dialog', { name: 'New role' });
    await dialog.getByLabel('Name').fill(role);
    await dialog.getByLabel('Description').fill('Account details, and the audit trail when granted');
    await dialog.getByRole('button', { name: 'Create role' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // A new role without a starting point has nothing; grant account details so its users can open customers.
    expect(await admin.getByLabel(`${role} notes:read`).isChecked()).toBe(false);
    await grant(`${role} accountDetails:read`);
    await screenshot(admin, 'admin-roles.png');

    const email = `auditor-${run}@e2e.sightline.test`;
    await addUserWithPassword('Audrey Auditor', email, `E2e auditor ${run}`);
    const auditor = await signedInAs(email);
    await auditor.getByTestId('customer-row').first().getByRole('link').click();
    await auditor.waitForURL('**/customers/*');
    await auditor.locator('[data-widget="accountDetails"]').waitFor();
    expect(await auditor.locator('[data-widget="auditTrail"]').count()).toBe(0);

    await openAdmin('Roles');
    await grant(`${role} auditTrail:read`);
    await auditor.reload();
    await auditor.locator('[data-widget="auditTrail"]').waitFor();
    await auditor.context().close();
  });
});

/** Ticks a box of the permission grid and waits for the API to confirm the grant. */
async function grant(label: string) {
  const answered = admin.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('GrantPermission'));
  await admin.getByLabel(label).check();
  const permission = label.split(' ')[1];
  expect((await (await answered).json()).data.grantPermission.permissions).toContain(permission);
}

describe('API tokens', () => {
  it('shows the secret once; the token works, records its use, and is refused once revoked', async () => {
    const name = `E2E BI ${run}`;
    await openAdmin('API tokens');
    await admin.getByRole('button', { name: 'Create token' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Create API token' });
    await dialog.getByLabel('Name').fill(name);
    await choose(admin, 'Role', 'Reporting');
    await dialog.getByRole('button', { name: 'Create token' }).click();
    await dialog.getByText("Copy it now: you won't see this again").waitFor();
    const secret = (await dialog.getByTestId('secret').innerText()).trim();
    expect(secret).toMatch(/^slt_[\w-]{40,}$/);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = admin.getByTestId('token-row').filter({ hasText: name });
    await row.getByText(`${secret.slice(0, 10)}…`).waitFor();
    expect(await admin.getByText(secret).count()).toBe(0); // never shown again
    expect(await row.getByRole('cell', { name: 'Never' }).count()).toBe(2); // never used, never expires

    const me = await apiAs(secret, '{ me { name role } }');
    expect(me.data.me).toEqual({ name, role: 'reporting' });
    await admin.reload();
    await row.waitFor();
    expect(await row.getByRole('cell', { name: 'Never' }).count()).toBe(1); // used now; still never expires

    await row.getByRole('button', { name: 'Revoke' }).click();
    await admin.getByRole('button', { name: 'Yes, revoke' }).click();
    await row.getByText(/^Revoked/).waitFor();
    expect((await apiAs(secret, '{ me { name } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('resellers', () => {
  it('adds a reseller and shows its id to copy', async () => {
    const name = `E2E Fibre ${run}`;
    await openAdmin('Resellers');
    await admin.getByRole('button', { name: 'Add reseller' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add reseller' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Add reseller' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = admin.getByTestId('reseller-row').filter({ hasText: name });
    const id = (await row.getByTestId('reseller-id').innerText()).trim();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    await row.getByRole('button', { name: 'Copy id' }).waitFor();
    await screenshot(admin, 'admin-resellers.png');
  });
});

describe('without admin:roles', () => {
  it('a support agent sees no Admin entry and a "not allowed" page on /admin URLs', async () => {
    const page = await signedInAs('support@demo.sightline.test', 'sightline-demo');
    await page.getByRole('link', { name: 'Customers' }).waitFor();
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    for (const path of ['/admin/users', '/admin/roles', '/admin/api-tokens', '/admin/resellers']) {
      await page.goto(path);
      await page.getByRole('alert').filter({ hasText: 'Not allowed' }).waitFor();
      expect(await page.getByRole('tab').count()).toBe(0);
      expect(await page.getByRole('table').count()).toBe(0);
    }
    await page.context().close();
  });
});
