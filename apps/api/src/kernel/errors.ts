import { ERROR_CODE_LIST, type ErrorCode as ErrorCodeName } from '@sightline/access';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
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

/** Turns every error into a client-safe shape with a code from ErrorCode. */
export function formatError(formattedError: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // No error may spell out schema names the caller did not write (field, argument, enum value).
  const formatted = { ...formattedError, message: withoutSuggestions(formattedError.message) };
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
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
  // GraphQL's own validation (unknown field, wrong type) is the client's mistake.
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_REQUEST' || code === 'GRAPHQL_PARSE_FAILED') {
    const message = (code === 'GRAPHQL_PARSE_FAILED' && tokenLimitMessage(formatted.message)) || formatted.message;
    return { message, locations: formatted.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (process.env.NODE_ENV !== 'test') console.error(original);
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
