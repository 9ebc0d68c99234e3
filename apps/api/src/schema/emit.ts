// Writes schema.graphql at the repository root from the code (npm run schema).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../main-database';
import { printSchemaSDL } from './print';

const file = path.join(repoRoot, 'schema.graphql');
writeFileSync(file, printSchemaSDL());
console.log(`wrote ${file}`);
