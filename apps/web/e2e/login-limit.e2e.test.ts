// Through the real web server and its /graphql proxy to the real API, as a client on the
// internet reaches it: a forged X-Forwarded-For must not buy fresh sign-in attempts.
import { WEB_URL } from './browser';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
// The API's default (LOGIN_LIMIT_PER_EMAIL): wrong passwords per email from one address in 15 minutes.
const PER_EMAIL_AND_ADDRESS = 10;

async function signIn(email: string, forwardedFor: string) {
  const res = await fetch(`${WEB_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ query: LOGIN, variables: { e: email, p: 'not-the-password' } }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { res, codes: (body.errors ?? []).map((e) => e.extensions?.code) };
}

it('counts every attempt as the address the web server saw, whatever X-Forwarded-For the client sends', async () => {
  const email = `limit-probe-${Date.now()}@demo.sightline.test`;
  const results = [];
  // A new forged address (and a forged chain) on every attempt, as in the security review.
  for (let i = 0; i <= PER_EMAIL_AND_ADDRESS; i++) results.push((await signIn(email, i % 2 ? `198.51.100.${i}` : `10.0.${i}.1, 203.0.113.${i}`)).codes);
  expect(results.slice(0, PER_EMAIL_AND_ADDRESS)).toEqual(Array.from({ length: PER_EMAIL_AND_ADDRESS }, () => ['UNAUTHENTICATED']));
  expect(results[PER_EMAIL_AND_ADDRESS]).toEqual(['TOO_MANY_REQUESTS']);
});

it('answers without X-Powered-By, from the web server or the API behind it', async () => {
  const { res } = await signIn(`powered-by-${Date.now()}@demo.sightline.test`, '192.0.2.1');
  expect(res.headers.get('x-powered-by')).toBeNull();
  expect((await fetch(`${WEB_URL}/login`)).headers.get('x-powered-by')).toBeNull();
});
