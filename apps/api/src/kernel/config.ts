/** Runtime settings from the environment, read once. */
export const config = {
  apiPort: Number(process.env.API_PORT ?? 4000),
  sessionTtlHours: Number(process.env.SESSION_TTL_HOURS ?? 12),
  /** How long an invite or password-reset link works. */
  passwordLinkTtlHours: Number(process.env.PASSWORD_LINK_TTL_HOURS ?? 72),
  cookieName: 'sightline_session',
  /** `COOKIE_SECURE`: 1 always Secure, 0 never; unset: decided per request (kernel/cookie-security.ts). */
  cookieSecure: process.env.COOKIE_SECURE === '1' ? true : process.env.COOKIE_SECURE === '0' ? false : undefined,
  get isProduction() {
    return process.env.NODE_ENV === 'production';
  },
  /** Login attempts allowed per email+IP and per IP in the window. */
  loginLimit: { perEmailIp: Number(process.env.LOGIN_LIMIT_PER_EMAIL ?? 10), perIp: Number(process.env.LOGIN_LIMIT_PER_IP ?? 100), windowSeconds: 900 },
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
