import { NextResponse, type NextRequest } from 'next/server';

/** The httpOnly cookie the API sets on login (through the /graphql rewrite). */
export const SESSION_COOKIE = 'sightline_session';

/**
 * An optimistic check only: without a session cookie there is no point rendering a page, so
 * go to /login. Whether the session is still valid is the API's call (UNAUTHENTICATED ->
 * the client redirects to /login?expired=1).
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  const url = request.nextUrl.clone();
  const next = request.nextUrl.pathname + request.nextUrl.search;
  url.pathname = '/login';
  url.search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Everything but the login page, the GraphQL proxy and static assets.
  matcher: ['/((?!login|graphql|_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
