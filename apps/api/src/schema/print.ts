import 'reflect-metadata';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { bareSchema } from '../app/compose';

/** The schema as checked in: sorted, so a diff shows real changes only. */
export const printSchemaSDL = () =>
  '# Generated from apps/api by `npm run schema`; do not edit. A test fails when it is stale.\n\n' +
  printSchema(lexicographicSortSchema(bareSchema())) +
  '\n';
