/**
 * The closed set of codes the API puts in `extensions.code`, with what each tells a client.
 * The API maps every failure to one of them; the web reads them to decide what to show.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'The request is wrong: a value (named in `extensions.field`) or the query itself',
  UNAUTHENTICATED: 'No valid session or token: sign in (again)',
  FORBIDDEN: "The caller's role does not grant this",
  NOT_FOUND: 'No such record within the caller\'s reach',
  CONFLICT: 'The change clashes with the current data (a stale version, a value in use)',
  TOO_MANY_REQUESTS: 'Too many attempts; wait and try again',
  SERVICE_UNAVAILABLE: 'The database cannot be reached right now (HTTP 503); nothing was changed: try again shortly',
  PERSISTED_QUERY_NOT_FOUND: 'The server does not know this persisted-query hash: send the query text with it (Apollo clients do this by themselves)',
  INTERNAL_SERVER_ERROR: 'Something failed on the server; nothing was changed',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as ErrorCode[];
