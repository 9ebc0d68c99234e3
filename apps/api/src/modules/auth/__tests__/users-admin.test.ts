import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeReseller, makeUser, TEST_PASSWORD } from '../../../testing/factories';

let api: TestApi;
let adminToken: string;
let adminId: string;
let resellerId: string;

beforeAll(async () => {
  api = await startTestApi();
  const admin = await makeUser(api.db, 'admin');
  adminToken = admin.token;
  adminId = admin.user.id;
  resellerId = (await makeReseller(api.db)).id;
});
afterAll(() => api.teardown());

const USER = 'id email name role active passwordSet lastSignInAt reseller { id }';
const CREATE = `mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { user { ${USER} } link { token path purpose expiresAt } } }`;
const LINK = 'query($t: String!) { passwordLink(token: $t) { purpose name email expiresAt } }';
const SET_PASSWORD = 'mutation($t: String!, $p: String!) { setPasswordWithLink(input: { token: $t, password: $p }) }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id) { ${USER} } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateUser(id: $id) { ${USER} } }`;
const RESET = `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { user { ${USER} } link { token path purpose } } }`;
const ASSIGN = `mutation($u: ID!, $r: String!) { assignRole(userId: $u, role: $r) { ${USER} } }`;

const admin = () => ({ token: adminToken });
let seq = 0;
const newEmail = () => `person-${process.pid}-${++seq}@test.sightline.test`;
const auditOf = async (userId: string) =>
  (await api.db.query(`SELECT action, field, old_value, new_value, actor_name FROM audit_entry WHERE target = $1 ORDER BY id`, [`app_user:${userId}`])) as {
    action: string; field: string | null; old_value: string | null; new_value: string | null; actor_name: string;
  }[];
const countRows = async () => (await api.db.query(`SELECT (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM audit_entry)::int AS audits, (SELECT count(*) FROM password_link)::int AS links`))[0];

async function invite(role = 'support', extra: Record<string, unknown> = {}) {
  const email = newEmail();
  const r = await api.gql(CREATE, { i: { email, name: 'Invited Person', role, ...extra } }, admin());
  expect(r.errors).toBeUndefined();
  return { email, ...r.data.createStaffUser } as { email: string; user: any; link: { token: string; path: string; purpose: string; expiresAt: string } };
}

describe('creating a user with an invite link', () => {
  test('the link is shown once, stored hashed, greets the user, and sets the password exactly once', async () => {
    const { email, user, link } = await invite();
    expect(user).toMatchObject({ email, role: 'support', active: true, passwordSet: false, lastSignInAt: null });
    expect(link.purpose).toBe('INVITE');
    expect(link.token).toMatch(/^slp_[\w-]{40,}$/);
    expect(link.path).toBe(`/invite/${link.token}`);
    expect(new Date(link.expiresAt).getTime()).toBeGreaterThan(Date.now() + 24 * 3600_000);
    const [stored] = await api.db.query('SELECT token_hash FROM password_link WHERE user_id = $1', [user.id]);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toContain(link.token);
    // listed, without any secret
    const list = await api.gql('{ staffUsers { id passwordSet } }', {}, admin());
    expect(JSON.stringify(list.data)).not.toContain(link.token);
    expect(list.data.staffUsers).toContainEqual({ id: user.id, passwordSet: false });

    // Before the link is used, there is no password to sign in with.
    expect(codes(await api.gql(LOGIN, { e: email, p: 'chosen-by-the-user' }))).toEqual(['UNAUTHENTICATED']);

    // The public page greets the user without a session.
    const details = await api.gql(LINK, { t: link.token });
    expect(details.data.passwordLink).toMatchObject({ purpose: 'INVITE', name: 'Invited Person', email });

    const set = await api.gql(SET_PASSWORD, { t: link.token, p: 'chosen-by-the-user' });
    expect(set.errors).toBeUndefined();
    expect(set.data.setPasswordWithLink).toBe(true);
    const login = await api.gql(LOGIN, { e: email, p: 'chosen-by-the-user' });
    expect(login.errors).toBeUndefined();

    // Once only: the link is used up, and the password stays the one chosen.
    const again = await api.gql(SET_PASSWORD, { t: link.token, p: 'someone-elses-choice' });
    expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(again.errors![0].message).toMatch(/already been used/);
    expect((await api.gql(LINK, { t: link.token })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(codes(await api.gql(LOGIN, { e: email, p: 'someone-elses-choice' }))).toEqual(['UNAUTHENTICATED']);

    const list2 = await api.gql('{ staffUsers { id passwordSet lastSignInAt } }', {}, admin());
    const row = list2.data.staffUsers.find((u: any) => u.id === user.id);
    expect(row.passwordSet).toBe(true);
    expect(row.lastSignInAt).not.toBeNull();

    const audit = await auditOf(user.id);
    expect(audit.map((a) => a.action)).toEqual(['user.create', 'user.invite_accept']);
    expect(audit[0].new_value).toContain('invite link');
    expect(audit[1].actor_name).toBe('Invited Person');
    expect(JSON.stringify(audit)).not.toContain('chosen-by-the-user');
  });

  test('an expired link is refused and changes nothing', async () => {
    const { user, link } = await invite();
    await api.db.query(`UPDATE password_link SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    const r = await api.gql(SET_PASSWORD, { t: link.token, p: 'chosen-by-the-user' });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(r.errors![0].message).toMatch(/expired/);
    const [row] = await api.db.query('SELECT password_hash FROM app_user WHERE id = $1', [user.id]);
    expect(row.password_hash).toBeNull();
    expect((await auditOf(user.id)).map((a) => a.action)).toEqual(['user.create']);
  });

  test('an unknown token is NOT_FOUND; a short password is BAD_USER_INPUT and leaves the link usable', async () => {
    expect(codes(await api.gql(SET_PASSWORD, { t: 'slp_not-a-real-token', p: 'chosen-by-the-user' }))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(LINK, { t: 'slp_not-a-real-token' }))).toEqual(['NOT_FOUND']);
    const { link } = await invite();
    const short = await api.gql(SET_PASSWORD, { t: link.token, p: 'short' });
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect((await api.gql(SET_PASSWORD, { t: link.token, p: 'long-enough-after-all' })).data.setPasswordWithLink).toBe(true);
  });

  test('a reseller user needs a reseller that exists; other roles are not asked for one', async () => {
    const before = await countRows();
    const missing = await api.gql(CREATE, { i: { email: newEmail(), name: 'R', role: 'reseller' } }, admin());
    expect(missing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resellerId' });
    const unknown = await api.gql(CREATE, { i: { email: newEmail(), name: 'R', role: 'reseller', resellerId: '00000000-0000-4000-a000-000000000999' } }, admin());
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resellerId' });
    const badRole = await api.gql(CREATE, { i: { email: newEmail(), name: 'R', role: 'nope' } }, admin());
    expect(badRole.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    const badEmail = await api.gql(CREATE, { i: { email: 'not-an-email', name: 'R', role: 'support' } }, admin());
    expect(badEmail.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const blankName = await api.gql(CREATE, { i: { email: newEmail(), name: '   ', role: 'support' } }, admin());
    expect(blankName.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await countRows()).toEqual(before);

    const { user } = await invite('reseller', { resellerId });
    expect(user.reseller.id).toBe(resellerId);
  });
});

describe('deactivating a user', () => {
  test('ends their sessions in the same change, refuses sign-in, and reactivation lets them sign in again', async () => {
    const { user, token } = await makeUser(api.db, 'technical');
    await makeUser(api.db, 'technical'); // another user's session is untouched
    expect((await api.gql('{ me { id } }', {}, { token })).errors).toBeUndefined();
    const r = await api.gql(DEACTIVATE, { id: user.id }, admin());
    expect(r.errors).toBeUndefined();
    expect(r.data.deactivateUser.active).toBe(false);
    // The very next request with the old session is refused.
    expect(codes(await api.gql('{ me { id } }', {}, { token }))).toEqual(['UNAUTHENTICATED']);
    const [{ open }] = await api.db.query('SELECT count(*)::int AS open FROM session WHERE user_id = $1 AND revoked_at IS NULL', [user.id]);
    expect(open).toBe(0);
    expect(codes(await api.gql(LOGIN, { e: user.email, p: TEST_PASSWORD }))).toEqual(['UNAUTHENTICATED']);

    // Deactivating twice changes nothing more.
    await api.gql(DEACTIVATE, { id: user.id }, admin());
    const reactivated = await api.gql(REACTIVATE, { id: user.id }, admin());
    expect(reactivated.data.reactivateUser.active).toBe(true);
    expect(codes(await api.gql('{ me { id } }', {}, { token }))).toEqual(['UNAUTHENTICATED']); // the old session stays ended
    expect((await api.gql(LOGIN, { e: user.email, p: TEST_PASSWORD })).errors).toBeUndefined();

    const audit = await auditOf(user.id);
    expect(audit.map((a) => [a.action, a.field, a.old_value, a.new_value])).toEqual([
      ['user.deactivate', 'active', 'true', 'false'],
      ['user.deactivate', 'openSessions', '1', '0'],
      ['user.reactivate', 'active', 'false', 'true'],
    ]);
  });

  test('a deactivated invitee cannot use their link', async () => {
    const { user, link } = await invite();
    await api.gql(DEACTIVATE, { id: user.id }, admin());
    expect(codes(await api.gql(SET_PASSWORD, { t: link.token, p: 'chosen-by-the-user' }))).toEqual(['NOT_FOUND']);
  });

  test('an admin cannot deactivate themselves; unknown ids are NOT_FOUND', async () => {
    expect(codes(await api.gql(DEACTIVATE, { id: adminId }, admin()))).toEqual(['CONFLICT']);
    expect(codes(await api.gql(DEACTIVATE, { id: '00000000-0000-4000-a000-000000000999' }, admin()))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(REACTIVATE, { id: 'nope' }, admin()))).toEqual(['NOT_FOUND']);
  });
});

describe('resetting a password', () => {
  test('to a password the admin sets: sessions end, the old password stops working', async () => {
    const { user, token } = await makeUser(api.db, 'billing');
    const r = await api.gql(RESET, { i: { userId: user.id, password: 'set-by-the-admin-1' } }, admin());
    expect(r.data.resetPassword).toMatchObject({ user: { id: user.id, passwordSet: true }, link: null });
    expect(codes(await api.gql('{ me { id } }', {}, { token }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.gql(LOGIN, { e: user.email, p: TEST_PASSWORD }))).toEqual(['UNAUTHENTICATED']);
    expect((await api.gql(LOGIN, { e: user.email, p: 'set-by-the-admin-1' })).errors).toBeUndefined();
    const audit = await auditOf(user.id);
    expect(audit.map((a) => a.action)).toEqual(['user.password_reset']);
    expect(audit[0].new_value).toContain('"sessionsEnded":1');
    expect(audit[0].new_value).not.toContain('set-by-the-admin-1');
  });

  test('with a one-time link: the old password and sessions end now, a newer link replaces an older one', async () => {
    const { user, token } = await makeUser(api.db, 'sales');
    const first = await api.gql(RESET, { i: { userId: user.id } }, admin());
    expect(first.data.resetPassword).toMatchObject({ user: { passwordSet: false }, link: { purpose: 'RESET' } });
    expect(codes(await api.gql('{ me { id } }', {}, { token }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.gql(LOGIN, { e: user.email, p: TEST_PASSWORD }))).toEqual(['UNAUTHENTICATED']);
    const second = await api.gql(RESET, { i: { userId: user.id } }, admin());
    expect(codes(await api.gql(SET_PASSWORD, { t: first.data.resetPassword.link.token, p: 'my-new-password-1' }))).toEqual(['NOT_FOUND']);
    expect((await api.gql(LINK, { t: second.data.resetPassword.link.token })).data.passwordLink.purpose).toBe('RESET');
    expect((await api.gql(SET_PASSWORD, { t: second.data.resetPassword.link.token, p: 'my-new-password-1' })).errors).toBeUndefined();
    expect((await api.gql(LOGIN, { e: user.email, p: 'my-new-password-1' })).errors).toBeUndefined();
    expect((await auditOf(user.id)).map((a) => a.action)).toEqual(['user.password_reset', 'user.password_reset', 'user.password_set']);
  });

  test('bad input changes nothing', async () => {
    const { user } = await makeUser(api.db, 'sales');
    const short = await api.gql(RESET, { i: { userId: user.id, password: 'short' } }, admin());
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(codes(await api.gql(RESET, { i: { userId: '00000000-0000-4000-a000-000000000999' } }, admin()))).toEqual(['NOT_FOUND']);
    await api.gql(DEACTIVATE, { id: user.id }, admin());
    const deactivated = await api.gql(RESET, { i: { userId: user.id, password: 'long-enough-password' } }, admin());
    expect(deactivated.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    expect((await auditOf(user.id)).map((a) => a.action)).toEqual(['user.deactivate', 'user.deactivate']);
  });
});

describe('changing a role', () => {
  test('takes effect on the next request and is audited', async () => {
    const { user, token } = await makeUser(api.db, 'sales');
    const r = await api.gql(ASSIGN, { u: user.id, r: 'technical' }, admin());
    expect(r.data.assignRole).toMatchObject({ id: user.id, role: 'technical' });
    expect((await api.gql('{ me { role } }', {}, { token })).data.me.role).toBe('technical');
    expect((await auditOf(user.id)).map((a) => [a.action, a.old_value, a.new_value])).toEqual([['user.role', 'sales', 'technical']]);
  });

  test('refuses unknown users and roles, and a reseller role for a user without a reseller', async () => {
    const { user } = await makeUser(api.db, 'sales');
    expect(codes(await api.gql(ASSIGN, { u: '00000000-0000-4000-a000-000000000999', r: 'support' }, admin()))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(ASSIGN, { u: 'nope', r: 'support' }, admin()))).toEqual(['NOT_FOUND']);
    expect((await api.gql(ASSIGN, { u: user.id, r: 'nope' }, admin())).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    expect((await api.gql(ASSIGN, { u: user.id, r: 'reseller' }, admin())).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    expect(await auditOf(user.id)).toEqual([]);
  });
});

test('without admin:roles every user operation is FORBIDDEN and changes nothing', async () => {
  const { token } = await makeUser(api.db, 'support');
  const { user: target } = await makeUser(api.db, 'billing');
  const { link } = await invite();
  const before = await countRows();
  const as = { token };
  const attempts = [
    await api.gql('{ staffUsers { id } }', {}, as),
    await api.gql(CREATE, { i: { email: newEmail(), name: 'X', role: 'admin', password: 'long-enough-password' } }, as),
    await api.gql(ASSIGN, { u: target.id, r: 'admin' }, as),
    await api.gql(DEACTIVATE, { id: target.id }, as),
    await api.gql(REACTIVATE, { id: target.id }, as),
    await api.gql(RESET, { i: { userId: target.id, password: 'long-enough-password' } }, as),
    await api.gql(RESET, { i: { userId: target.id } }, as),
  ];
  expect(attempts.map(codes)).toEqual(attempts.map(() => ['FORBIDDEN']));
  expect(await countRows()).toEqual(before);
  const [row] = await api.db.query('SELECT active, role_id, password_hash IS NOT NULL AS has_password FROM app_user WHERE id = $1', [target.id]);
  expect(row).toMatchObject({ active: true, has_password: true });
  expect(await auditOf(target.id)).toEqual([]);
  // the earlier invite still works: nothing was reset
  expect((await api.gql(LINK, { t: link.token })).errors).toBeUndefined();
});
