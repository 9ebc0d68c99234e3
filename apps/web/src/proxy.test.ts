/** @jest-environment node */
import { NextRequest } from 'next/server';
import { proxy } from './proxy';

const graphql = (headers: Record<string, string>) =>
  proxy(new NextRequest('http://web.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }));

/** What the rewrite sends the API in a header (Next carries request overrides as x-middleware-request-*). */
const sent = (res: Response, name: string) => {
  const overridden = (res.headers.get('x-middleware-override-headers') ?? '').split(',');
  return overridden.includes(name) ? res.headers.get(`x-middleware-request-${name}`) : null;
};

describe('/graphql goes to the API with the client address this server saw', () => {
  const OLD_ENV = process.env.API_URL;
  beforeAll(() => (process.env.API_URL = 'http://api.test:4100'));
  afterAll(() => (process.env.API_URL = OLD_ENV));

  it('rewrites to API_URL', () => {
    const res = graphql({ 'x-forwarded-for': '203.0.113.7' });
    expect(res.headers.get('x-middleware-rewrite')).toBe('http://api.test:4100/graphql');
  });

  it('sends one address: the nearest hop, never a list the client started', () => {
    // server.mjs writes the connection's address; a client-made list can only reach here without it.
    expect(sent(graphql({ 'x-forwarded-for': '203.0.113.7' }), 'x-forwarded-for')).toBe('203.0.113.7');
    expect(sent(graphql({ 'x-forwarded-for': '10.9.9.9, 1.2.3.4, 203.0.113.7' }), 'x-forwarded-for')).toBe('203.0.113.7');
  });

  it('drops the other forwarding headers, and sends no address when it saw none', () => {
    const res = graphql({ forwarded: 'for=10.9.9.9', 'x-real-ip': '10.9.9.9', cookie: 'sightline_session=abc' });
    expect(sent(res, 'x-forwarded-for')).toBeNull();
    expect(sent(res, 'forwarded')).toBeNull();
    expect(sent(res, 'x-real-ip')).toBeNull();
    // the session cookie still reaches the API
    expect(sent(res, 'cookie')).toBe('sightline_session=abc');
  });
});
