import { ERROR_CODE_LIST } from '@sightline/access';
import { GraphQLError } from 'graphql';
import { DomainError, formatError } from '../errors';

const format = (error: unknown) =>
  formatError({ message: 'raw', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x (/srv/app.ts:1:1)'] } }, new GraphQLError('raw', { originalError: error as Error }));

test.each(ERROR_CODE_LIST.map((c) => [c]))('a DomainError with %s reaches the client with that code and no stack', (code) => {
  const out = format(new DomainError(code, 'What went wrong', 'name'));
  expect(out).toEqual({ message: 'What went wrong', extensions: { code, field: 'name' } });
});

test('anything unexpected is INTERNAL_SERVER_ERROR without its message or stack', () => {
  const out = format(new TypeError("Cannot read properties of undefined (reading 'id') at /srv/app.ts"));
  expect(out).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
});

test('a database that cannot be reached is SERVICE_UNAVAILABLE, however it is wrapped', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  const shutDown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
  for (const err of [refused, shutDown, { driverError: refused, message: 'query failed' }, new AggregateError([refused, refused])]) {
    expect(format(err).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  }
  expect(format(Object.assign(new Error('duplicate key'), { code: '23505' })).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
});

test("graphql-js's own refusals of the request (no field, no code) and Apollo's 4xx are BAD_USER_INPUT", () => {
  const tooMany = new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');
  expect(formatError({ message: tooMany.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, tooMany).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  const badHash = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
  expect(formatError({ message: badHash.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, badHash).extensions).toEqual({ code: 'BAD_USER_INPUT' });
});
