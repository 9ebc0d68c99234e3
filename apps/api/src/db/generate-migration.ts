// npm run migration:generate -- <Name> [--module <module>]
// Compares the entities with the migrations on a throw-away database and writes the
// difference as a new migration into the module's own migrations folder.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDataSource } from './data-source';

const SRC = path.resolve(__dirname, '..', '..', 'src');

type Query = { query: string; parameters?: unknown[] };

function migrationSource(className: string, up: Query[], down: Query[], doc: string) {
  const call = ({ query, parameters }: Query) =>
    `        await queryRunner.query(\`${query.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${')}\`${parameters?.length ? `, ${JSON.stringify(parameters)}` : ''});`;
  const lines = (qs: Query[]) => qs.map(call).join('\n');
  return `import type { MigrationInterface, QueryRunner } from "typeorm";

/** ${doc} */
export class ${className} implements MigrationInterface {
    name = '${className}'

    public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
    }
}
`;
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { module: { type: 'string' } } });
  const name = positionals[0];
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error('usage: npm run migration:generate -- <PascalCaseName> [--module <module>]');
  const folder = values.module ? path.join(SRC, 'modules', values.module, 'migrations') : path.join(SRC, 'db', 'migrations');
  if (values.module && !existsSync(path.join(SRC, 'modules', values.module))) throw new Error(`no module folder src/modules/${values.module}`);

  const { createTestDatabase } = await import('@sightline/database');
  const database = await createTestDatabase({ prefix: 'sightline_migration' });
  // No schema option: the generated SQL then names no schema, as the checked-in migrations don't.
  const db = createDataSource({ url: database.url });
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'all' });
    const sql = await db.driver.createSchemaBuilder().log();
    if (!sql.upQueries.length) {
      console.log('No changes: the migrations already build what the entities describe.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = path.join(folder, `${timestamp}-${name}.ts`);
    mkdirSync(folder, { recursive: true });
    const up = sql.upQueries;
    const down = [...sql.downQueries].reverse();
    writeFileSync(file, migrationSource(className, up, down, `${name}: generated from the entities; review before committing.`));
    console.log(`Wrote ${path.relative(process.cwd(), file)}:`);
    for (const q of up) console.log(`  ${q.query}`);
    console.log(`List ${className} in the module's migrations.`);
  } finally {
    if (db.isInitialized) await db.destroy();
    await database.teardown();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
