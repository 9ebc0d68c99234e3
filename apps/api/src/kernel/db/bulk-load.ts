import type { EntityManager } from 'typeorm';

/** Where a load records how to put back what it set aside, one statement per row, in order. */
const RECORD = 'bulk_load_set_aside';

export interface LoadSetAside {
  /** Tables whose keys (primary, unique), secondary indexes and foreign keys are dropped for the load. */
  tables: string[];
  /** Of those, the ones that keep their keys (the load relies on them). */
  keptKeys?: string[];
  /** Triggers (`table.trigger`) disabled for the load. */
  triggers: string[];
  /**
   * Of `tables`, those whose secondary indexes and foreign keys are put back last (see
   * putBackSetAside's `exceptDeferred`): a step between that rewrites their rows does not
   * maintain indexes it does not read through.
   */
  deferred?: string[];
}

/**
 * Prepares a load of millions of rows the way PostgreSQL's manual advises ("Populating a
 * Database": remove indexes and foreign keys, load, create them again): the primary and unique
 * keys (but `keptKeys`'), secondary indexes and foreign keys of `tables` (in the current schema)
 * are dropped, with the foreign keys of other tables that point at a dropped key, and `triggers`
 * disabled. The statements that put each back as it was are recorded in a table in the same
 * transaction, so a load that runs in several transactions, and stops half-way, leaves what the
 * next `putBackSetAside` needs. A sorted index build and one validating join cost a fraction of
 * an index insert (a random one, for a uuid key) and a key lookup per row. A table keeps its
 * keys when the load relies on them (ON CONFLICT, other tables' rows checked against it).
 * Exclusion constraints stay. Only plain tables: an index of a partitioned table is one per
 * partition. Takes each table's exclusive lock until the transaction ends.
 */
export async function setAsideForLoad(em: EntityManager, { tables, keptKeys = [], triggers, deferred = [] }: LoadSetAside): Promise<void> {
  const plainTables = `SELECT c.oid FROM pg_class c
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[]) AND c.relkind = 'r' AND NOT c.relispartition`;
  const indexes: { table: string; name: string; def: string }[] = await em.query(
    `SELECT i.indrelid::regclass::text AS table, format('%I', ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
      WHERE i.indrelid IN (${plainTables}) AND NOT i.indisprimary AND NOT i.indisunique
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY ic.relname`,
    [tables],
  );
  const keys: { table: string; name: string; def: string; index: number }[] = await em.query(
    `SELECT k.conrelid::regclass::text AS table, format('%I', k.conname) AS name, pg_get_constraintdef(k.oid) AS def, k.conindid::int AS index
       FROM pg_constraint k WHERE k.contype IN ('p', 'u') AND k.conrelid IN (${plainTables}) ORDER BY 1, 2`,
    [tables.filter((t) => !keptKeys.includes(t))],
  );
  const foreignKeys: { table: string; name: string; def: string }[] = await em.query(
    `SELECT k.conrelid::regclass::text AS table, format('%I', k.conname) AS name, pg_get_constraintdef(k.oid) AS def
       FROM pg_constraint k WHERE k.contype = 'f' AND k.conparentid = 0 AND (k.conrelid IN (${plainTables}) OR k.conindid = ANY($2::oid[]))
      ORDER BY k.conrelid::regclass::text, k.conname`,
    [tables, keys.map((k) => k.index)],
  );
  const enabled: { table: string; name: string }[] = await em.query(
    `SELECT t.tgrelid::regclass::text AS table, format('%I', t.tgname) AS name
       FROM pg_trigger t JOIN unnest($1::text[]) w(qualified) ON split_part(w.qualified, '.', 1) = t.tgrelid::regclass::text
                                                          AND split_part(w.qualified, '.', 2) = t.tgname
      WHERE t.tgenabled <> 'D' ORDER BY 1, 2`,
    [triggers],
  );
  const late = (table: string) => deferred.includes(table);
  const putBack: [statement: string, deferred: boolean][] = [
    ...keys.map((k): [string, boolean] => [`ALTER TABLE ${k.table} ADD CONSTRAINT ${k.name} ${k.def}`, false]),
    ...indexes.map((i): [string, boolean] => [i.def, late(i.table)]),
    ...foreignKeys.map((k): [string, boolean] => [`ALTER TABLE ${k.table} ADD CONSTRAINT ${k.name} ${k.def}`, late(k.table)]),
    ...enabled.map((t): [string, boolean] => [`ALTER TABLE ${t.table} ENABLE TRIGGER ${t.name}`, false]),
  ];
  await em.query(`CREATE TABLE ${RECORD} (position int PRIMARY KEY, statement text NOT NULL, deferred boolean NOT NULL)`);
  await em.query(`INSERT INTO ${RECORD} SELECT * FROM unnest($1::int[], $2::text[], $3::bool[])`, [
    putBack.map((_, k) => k),
    putBack.map(([statement]) => statement),
    putBack.map(([, late]) => late),
  ]);
  for (const k of [...foreignKeys, ...keys]) await em.query(`ALTER TABLE ${k.table} DROP CONSTRAINT ${k.name}`);
  if (indexes.length) await em.query(`DROP INDEX ${indexes.map((i) => i.name).join(', ')}`);
  for (const t of enabled) await em.query(`ALTER TABLE ${t.table} DISABLE TRIGGER ${t.name}`);
}

/**
 * Puts back what a load set aside (keys and indexes built from their own definitions, foreign
 * keys validated, triggers enabled) and forgets the record; with `exceptDeferred`, all but the
 * deferred tables' indexes and foreign keys, which stay recorded for a later call. Nothing to
 * do without a record. Returns how many objects it put back.
 */
export async function putBackSetAside(em: EntityManager, { exceptDeferred = false } = {}): Promise<number> {
  const [{ recorded }] = await em.query(`SELECT to_regclass($1) IS NOT NULL AS recorded`, [RECORD]);
  if (!recorded) return 0;
  const statements: { statement: string }[] = await em.query(
    `SELECT statement FROM ${RECORD} WHERE NOT (deferred AND $1) ORDER BY position`,
    [exceptDeferred],
  );
  // Index builds sort in memory when they can; the setting ends with the transaction.
  await em.query(`SET LOCAL maintenance_work_mem = '1GB'`);
  for (const s of statements) await em.query(s.statement);
  await em.query(exceptDeferred ? `DELETE FROM ${RECORD} WHERE NOT deferred` : `DROP TABLE ${RECORD}`);
  return statements.length;
}
