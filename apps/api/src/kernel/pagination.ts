import { Field, ObjectType } from 'type-graphql';
import { config } from './config';
import { badInput } from './errors';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field(() => Boolean, { description: 'Paging forward: true when `after` was given; paging back (`before`): whether rows precede this page' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first row: pass as `before` for the previous page' })
  startCursor: string | null;
}

/** Opaque keyset cursor: the sort key values of the last row, base64url JSON. */
export const encodeCursor = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

export function decodeCursor(cursor: string, arity: number, field = 'after'): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity) return key;
  } catch {
    // fall through
  }
  throw badInput(field, 'This is not a valid cursor');
}

/** Page sizes are capped so one request cannot ask for the whole table. */
export function checkPageSize(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > config.maxPageSize) {
    throw badInput(field, `must be between 1 and ${config.maxPageSize}`);
  }
  return first;
}
