import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printSchemaSDL } from '../../schema/print';

test('schema.graphql is generated from the code (run `npm run schema` when this fails)', () => {
  const checkedIn = readFileSync(path.resolve(__dirname, '../../../../../schema.graphql'), 'utf8');
  expect(checkedIn).toBe(printSchemaSDL());
});
