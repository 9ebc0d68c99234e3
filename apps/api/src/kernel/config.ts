/**
 * Express's `trust proxy` from TRUST_PROXY: which hops' X-Forwarded-For to believe for the
 * client address (the sign-in limits count it). Unset: `loopback`, i.e. the web app on the same
 * machine, which sets the header to the address it saw. `0`/`false`: none; a number: that many
 * hops; else addresses, subnets or Express's names (`loopback, 10.0.0.0/8`).
 */
export function trustProxySetting(value = process.env.TRUST_PROXY): boolean | number | string {
  const v = value?.trim();
  if (!v) return 'loopback';
  if (v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

/** Runtime settings from the environment, read once. */
export const config = {
  apiPort: Number(process.env.API_PORT ?? 4000),
  sessionTtlHours: Number(process.env.SESSION_TTL_HOURS ?? 12),
  /** Seconds a resolved session or API token is kept in memory (revocations evict it at once); 0: off. */
  sessionCacheSeconds: Number(process.env.SESSION_CACHE_SECONDS ?? 5),
  /** How long an invite or password-reset link works. */
  passwordLinkTtlHours: Number(process.env.PASSWORD_LINK_TTL_HOURS ?? 72),
  cookieName: 'sightline_session',
  /** `COOKIE_SECURE`: 1 always Secure, 0 never; unset: decided per request (kernel/cookie-security.ts). */
  cookieSecure: process.env.COOKIE_SECURE === '1' ? true : process.env.COOKIE_SECURE === '0' ? false : undefined,
  get isProduction() {
    return process.env.NODE_ENV === 'production';
  },
  /** Failed sign-ins allowed: per email+address and per address in 15 minutes, per email from anywhere in an hour. */
  loginLimit: {
    perEmailAddress: Number(process.env.LOGIN_LIMIT_PER_EMAIL ?? 10),
    perAddress: Number(process.env.LOGIN_LIMIT_PER_IP ?? 100),
    windowSeconds: 900,
    perEmail: Number(process.env.LOGIN_LIMIT_PER_ACCOUNT ?? 50),
    perEmailWindowSeconds: 3600,
  },
  trustProxy: trustProxySetting(),
  /** Schema introspection for signed-in callers; `GRAPHQL_INTROSPECTION=0` turns it off for everyone. */
  graphqlIntrospection: process.env.GRAPHQL_INTROSPECTION !== '0',
  /**
   * Query limits, set from what the web app sends (measured as it goes over the wire, with
   * the `__typename` Apollo Client adds, by apps/web/test/profileQuery.int.test.ts). Every
   * query the app sends must use at most a third of each limit, so the profile can grow from
   * the widgets drawn today to all 24 and the list can gain columns without anyone meeting a
   * limit; the test also projects the 24-widget profile from today's average widget. When
   * written: the full-permission profile (4 widgets) had depth 5, cost 501, 277 tokens; the
   * customer list cost 2,201 (its `first: $first` counts as the largest page, 100 rows);
   * nothing used aliases. Cost is defined in graphql/query-cost.ts.
   */
  graphqlLimits: { maxDepth: 15, maxAliases: 15, maxDirectives: 50, maxCost: 10_000, maxTokens: 5_000 },
  /**
   * How deeply `{ [ (` may nest in a document, and arrays and objects in `variables` and
   * `extensions`. Checked before parsing: graphql-js recurses per level, so a list nested a
   * few thousand deep would exhaust the stack. The web's deepest query nests 9.
   */
  maxNesting: 40,
  /** Largest request body (JSON) accepted on /graphql, in bytes. */
  maxBodyBytes: 1_000_000,
  /** Run background jobs in this process (`JOBS=0`: a pure API replica). */
  jobsEnabled: process.env.JOBS !== '0',
  maxPageSize: 100,
  defaultPageSize: 25,
};
