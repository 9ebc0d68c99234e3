import { makeUser, TEST_PASSWORD } from '../../../testing/factories';
import { startTestApi, type TestApi } from '../../../testing/harness';

// The session cookie is Secure unless the browser reached the web app over plain HTTP on this
// machine. The API judges from the request as the browser made it: the web app's proxy (a
// trusted proxy on loopback, as in these tests) passes X-Forwarded-Proto and X-Forwarded-Host.

let api: TestApi;
let email: string;
beforeAll(async () => {
  api = await startTestApi();
  email = (await makeUser(api.db, 'support')).user.email;
});
afterAll(() => api.teardown());

async function sessionCookie(headers: Record<string, string>) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: TEST_PASSWORD } }),
  });
  const cookie = res.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/^sightline_session=sls_/);
  return cookie;
}
const isSecure = (cookie: string) => /;\s*Secure(;|$)/i.test(cookie);

test.each([
  ['the web app on http://localhost:3000', { 'x-forwarded-proto': 'http', 'x-forwarded-host': 'localhost:3000' }],
  ['the web app on http://127.0.0.1:3000', { 'x-forwarded-proto': 'http', 'x-forwarded-host': '127.0.0.1:3000' }],
  ['the API itself over plain HTTP on loopback (curl)', {}],
])('not Secure for %s', async (_where, headers) => {
  expect(isSecure(await sessionCookie(headers))).toBe(false);
});

test.each([
  ['HTTPS through a TLS proxy', { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'crm.example.net' }],
  ['HTTPS on localhost', { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'localhost:3000' }],
  ['plain HTTP on a network name (the browser will refuse it: serve HTTPS, or COOKIE_SECURE=0)', { 'x-forwarded-proto': 'http', 'x-forwarded-host': 'crm.example.net' }],
])('Secure for %s', async (_where, headers) => {
  expect(isSecure(await sessionCookie(headers))).toBe(true);
});
