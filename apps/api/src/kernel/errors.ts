import { ERROR_CODE_LIST, type ErrorCode as ErrorCodeName } from '@sightline/access';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './db/availability';
import { errorTrace, log, LogThrottle, type Logger } from './log';
import { labelOf } from './validators';
import { tokenLimitMessage } from './query-limits';
import { withoutSuggestions } from './schema-privacy';

/** The closed set of error codes clients may see in `extensions.code` (shared with the web). */
export const ErrorCode = Object.fromEntries(ERROR_CODE_LIST.map((c) => [c, c])) as { readonly [C in ErrorCodeName]: C };
export type ErrorCode = ErrorCodeName;

const KNOWN_CODES = new Set<string>(ERROR_CODE_LIST);

/**
 * An expected failure of a domain operation: a plain error with a code from the closed set,
 * thrown by services whoever calls them (GraphQL, a job, a script). `formatError` maps it to
 * GraphQL in one place.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
export const conflict = (message: string, field?: string) => new DomainError(ErrorCode.CONFLICT, message, field);
export const badInput = (field: string, message: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, field);
export const forbidden = (message = 'You do not have permission to do this') =>
  new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Sign in first') => new DomainError(ErrorCode.UNAUTHENTICATED, message);

/** Postgres unique violation → CONFLICT naming the constraint's field; else rethrow. */
export function mapUniqueViolation(err: unknown, fieldsByConstraint: Record<string, string>): never {
  const driverError = err instanceof QueryFailedError ? (err.driverError as { code?: string; constraint?: string }) : null;
  if (driverError?.code === '23505') {
    const field = fieldsByConstraint[driverError.constraint ?? ''];
    throw conflict(field ? `${field} is already in use` : 'That value is already in use', field);
  }
  throw err;
}

const UNAVAILABLE_MESSAGE = 'The database cannot be reached right now; nothing was changed. Try again shortly';
const outageLog = new LogThrottle(10_000);

/** Logs an outage once per 10 s however many requests and pollers meet it. */
export function reportDatabaseUnavailable(err: unknown, source: string, logger = log()) {
  const { code, message } = (err ?? {}) as { code?: string; message?: string };
  outageLog.write(logger, 'warn', 'db-unavailable', { source, cause: code ?? message }, 'database unavailable');
}

/** A request that cannot be served because the database is down: HTTP 503, SERVICE_UNAVAILABLE. */
export const serviceUnavailable = () =>
  new GraphQLError(UNAVAILABLE_MESSAGE, {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503, headers: new Map([['retry-after', '5']]) } },
  });

/**
 * Apollo's own refusals of a request it could not run (bad JSON shape, unknown operation
 * name, a persisted query of another version or a wrong hash, a CSRF-suspect request): all
 * the client's mistake.
 */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * An error graphql-js raised itself about the request, outside any field: no resolver threw
 * it (no path, no original error) and none gave it a code, e.g. "Too many errors processing
 * variables" after its 50th variable error.
 */
const isRequestLevelGraphQLError = (error: unknown) =>
  error instanceof GraphQLError && !error.originalError && !error.path && error.extensions?.code === undefined;

function httpStatusOf(error: unknown): number | undefined {
  const http = error instanceof GraphQLError ? (error.extensions?.http as { status?: number } | undefined) : undefined;
  return http?.status;
}

/** Turns every error into a client-safe shape with a code from ErrorCode (and notes the code for the request's log line). */
export function formatError(formattedError: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // No error may spell out schema names the caller did not write (field, argument, enum value).
  const formatted = { ...formattedError, message: withoutSuggestions(formattedError.message) };
  const trace = errorTrace(error);
  const safe = toClientError(formatted, error, trace?.logger ?? log());
  trace?.codes.push(String(safe.extensions?.code));
  return safe;
}

function toClientError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (isDatabaseUnavailable(original)) {
    reportDatabaseUnavailable(original, 'request', logger);
    return { message: UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
  }
  if (original instanceof ArgumentValidationError) {
    const failures = flattenValidation(original.extensions.validationErrors as ValidationErrorLike[]);
    const first = failures[0];
    return {
      message: first ? first.message : 'Invalid input',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: first?.field, fields: failures },
    };
  }
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // GraphQL's own validation (unknown field, wrong type) and the request's shape are the client's mistake.
  const status = httpStatusOf(error);
  if (REQUEST_ERROR_CODES.has(code) || (status && status >= 400 && status < 500) || isRequestLevelGraphQLError(error)) {
    const message = (code === 'GRAPHQL_PARSE_FAILED' && tokenLimitMessage(formatted.message)) || formatted.message;
    return { message, locations: formatted.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  // Logged once, here, with its stack; the client learns only that it failed.
  logger.error({ err: original, path: formatted.path }, 'unexpected error');
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * Our validators already write sentences ("Name can be at most 200 characters"); a stock
 * class-validator message ("customerId must be a UUID") gets the field's label in front.
 */
function sentence(field: string, message: string): string {
  if (/^[A-Z]/.test(message)) return message;
  const property = field.split('.').pop() ?? field;
  const rest = message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
  return `${labelOf(property)} ${rest}`;
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function flattenValidation(errors: ValidationErrorLike[] = [], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message: sentence(field, message) }));
    return [...own, ...flattenValidation(e.children, field)];
  });
}
