import { NextResponse, type NextRequest } from 'next/server';

/** The httpOnly cookie the API sets on login (through the /graphql proxy). */
export const SESSION_COOKIE = 'sightline_session';

/**
 * Two jobs before a request reaches a page:
 *
 * 1. `/graphql` goes to the API. next.config's `rewrites` does the same, but those are frozen
 *    into the build, so the API_URL of the running server (docker, e2e on a free port) would
 *    be ignored; this reads it per request. It tells the API who the client is (see
 *    `forwardedHeaders`): the sign-in limits count that address.
 * 2. An optimistic session check: without the session cookie there is no point rendering a
 *    page, so go to /login. Whether the session is still valid is the API's call
 *    (UNAUTHENTICATED -> the client redirects to /login?expired=1).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === '/graphql') {
    const apiUrl = (process.env.API_URL || 'http://127.0.0.1:4000').replace(/\/$/, '');
    return NextResponse.rewrite(new URL(`${apiUrl}/graphql${search}`), { request: { headers: forwardedHeaders(request) } });
  }
  if (request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  const url = request.nextUrl.clone();
  const next = pathname + search;
  url.pathname = '/login';
  url.search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
  return NextResponse.redirect(url);
}

/**
 * The headers the API gets: X-Forwarded-For is the one address this web server saw (server.mjs
 * writes it from the connection, over whatever the client sent), never a list a client started.
 * The API trusts this hop only (TRUST_PROXY), so a client cannot pick the address it is counted as.
 */
export function forwardedHeaders(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  const seen = request.headers.get('x-forwarded-for')?.split(',').pop()?.trim();
  if (seen) headers.set('x-forwarded-for', seen);
  else headers.delete('x-forwarded-for');
  headers.delete('forwarded');
  headers.delete('x-real-ip');
  // The API marks the session cookie Secure unless the browser came over plain HTTP to
  // localhost: tell it how the browser reached us (a TLS proxy in front sets the protocol).
  headers.set('x-forwarded-proto', request.nextUrl.protocol.replace(/:$/, ''));
  headers.set('x-forwarded-host', request.headers.get('host') ?? request.nextUrl.host);
  return headers;
}

export const config = {
  // Everything but the login page, the invite/reset-link page (its token is the proof) and static assets (icon.svg: the app icon).
  matcher: ['/graphql', '/((?!login|invite/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)'],
};
