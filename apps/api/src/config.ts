/** Runtime settings from the environment, read once. */
export const config = {
  apiPort: Number(process.env.API_PORT ?? 4000),
  sessionTtlHours: Number(process.env.SESSION_TTL_HOURS ?? 12),
  /** How long an invite or password-reset link works. */
  passwordLinkTtlHours: Number(process.env.PASSWORD_LINK_TTL_HOURS ?? 72),
  cookieName: 'sightline_session',
  cookieSecure: process.env.COOKIE_SECURE === '1',
  get isProduction() {
    return process.env.NODE_ENV === 'production';
  },
  /** Login attempts allowed per email+IP and per IP in the window. */
  loginLimit: { perEmailIp: Number(process.env.LOGIN_LIMIT_PER_EMAIL ?? 10), perIp: Number(process.env.LOGIN_LIMIT_PER_IP ?? 100), windowSeconds: 900 },
  graphqlLimits: { maxDepth: 12, maxAliases: 15, maxCost: 20000, maxTokens: 3000 },
  maxPageSize: 100,
  defaultPageSize: 25,
};
