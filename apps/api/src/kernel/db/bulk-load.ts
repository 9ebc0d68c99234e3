import type { EntityManager } from 'typeorm';

/** What a bulk load set aside, to put back as it was. */
interface SetAside {
  indexes: { name: string; def: string }[];
  foreignKeys: { table: string; name: string; def: string }[];
}

/**
 * Loads millions of rows the way PostgreSQL's manual advises ("Populating a Database": remove
 * indexes and foreign keys, load, create them again): inside the caller's transaction, the
 * secondary indexes and foreign keys of `tables` (in the current schema) are dropped, `load`
 * runs, and each is created again from its own definition. A sorted index build and one
 * validating join cost a fraction of an index insert and a key lookup per row. Primary keys,
 * unique and exclusion constraints stay (the load may rely on them, e.g. ON CONFLICT), and so
 * do triggers. Only plain tables: an index of a partitioned table is one per partition.
 * Takes each table's exclusive lock until the transaction ends: for seeding, not for serving.
 */
export async function withIndexesAfterLoad<T>(
  em: EntityManager,
  tables: string[],
  load: (indexesNeeded: () => Promise<void>) => Promise<T>,
): Promise<T> {
  const aside = await setAside(em, tables);
  let back: Promise<void> | undefined;
  // The load may need them back before its end (lookups row by row): built once, on first call.
  const indexesNeeded = () => (back ??= putBack(em, aside));
  const result = await load(indexesNeeded);
  await indexesNeeded();
  return result;
}

async function setAside(em: EntityManager, tables: string[]): Promise<SetAside> {
  const plainTables = `SELECT c.oid FROM pg_class c
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[]) AND c.relkind = 'r' AND NOT c.relispartition`;
  const indexes: SetAside['indexes'] = await em.query(
    `SELECT format('%I', ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
      WHERE i.indrelid IN (${plainTables}) AND NOT i.indisprimary AND NOT i.indisunique
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY ic.relname`,
    [tables],
  );
  const foreignKeys: SetAside['foreignKeys'] = await em.query(
    `SELECT k.conrelid::regclass::text AS table, format('%I', k.conname) AS name, pg_get_constraintdef(k.oid) AS def
       FROM pg_constraint k WHERE k.contype = 'f' AND k.conrelid IN (${plainTables}) AND k.conparentid = 0
      ORDER BY k.conrelid::regclass::text, k.conname`,
    [tables],
  );
  for (const k of foreignKeys) await em.query(`ALTER TABLE ${k.table} DROP CONSTRAINT ${k.name}`);
  if (indexes.length) await em.query(`DROP INDEX ${indexes.map((i) => i.name).join(', ')}`);
  return { indexes, foreignKeys };
}

async function putBack(em: EntityManager, aside: SetAside) {
  // Index builds sort in memory when they can; the setting ends with the transaction.
  await em.query(`SET LOCAL maintenance_work_mem = '1GB'`);
  for (const i of aside.indexes) await em.query(i.def);
  for (const k of aside.foreignKeys) await em.query(`ALTER TABLE ${k.table} ADD CONSTRAINT ${k.name} ${k.def}`);
}
