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
