import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

interface Shape {
  select: string;
  map(row: Record<string, unknown>): ObjectLiteral;
}

const shapes = new WeakMap<EntityMetadata, Map<string, Shape>>();
const plainColumns = (meta: EntityMetadata) => meta.columns.filter((c) => !c.isVirtual && c.isSelect);

/** One column's value as TypeORM's hydration gives it (dates, booleans, value transformers). */
const hydrate = (meta: EntityMetadata, c: ColumnMetadata, raw: unknown) => meta.connection.driver.prepareHydratedValue(raw, c);

/**
 * The entity's columns as one raw select list and a row mapper, built once per entity and
 * alias: reading hot lists with `getRawMany()` and this mapper gives the same objects as
 * `getMany()` (embedded objects, value transformers, date columns as strings) without
 * TypeORM's per-row hydration. Only for plain columns: relations are not loaded.
 */
export function plainShape(meta: EntityMetadata, alias: string): Shape {
  let byAlias = shapes.get(meta);
  if (!byAlias) shapes.set(meta, (byAlias = new Map()));
  let shape = byAlias.get(alias);
  if (!shape) {
    const columns = plainColumns(meta);
    const select = columns.map((c, i) => `"${alias}"."${c.databaseName}" AS "${alias}_p${i}"`).join(', ');
    const keys = columns.map((_, i) => `${alias}_p${i}`);
    const proto = (meta.target as Function).prototype;
    const map = (row: Record<string, unknown>) => {
      const entity = Object.create(proto) as ObjectLiteral;
      for (let i = 0; i < columns.length; i++) columns[i].setEntityValue(entity, hydrate(meta, columns[i], row[keys[i]]));
      return entity;
    };
    byAlias.set(alias, (shape = { select, map }));
  }
  return shape;
}

// JSON gives bigint and numeric as numbers; pg (and so TypeORM without a transformer) as strings.
const NUMERIC_AS_TEXT = new Set<unknown>(['bigint', 'int8', 'numeric', 'decimal']);

/**
 * Entities from `json_agg(alias)` of their table (keys are column names), the same as TypeORM
 * would hydrate from their rows: lets one statement return a parent with its children.
 */
export function entitiesFromJson<T extends ObjectLiteral>(meta: EntityMetadata, rows: Record<string, unknown>[] | null): T[] {
  if (!rows) return [];
  const columns = plainColumns(meta);
  const proto = (meta.target as Function).prototype;
  return rows.map((row) => {
    const entity = Object.create(proto) as ObjectLiteral;
    for (const c of columns) {
      let raw = row[c.databaseName];
      if (typeof raw === 'number' && !c.transformer && NUMERIC_AS_TEXT.has(c.type)) raw = String(raw);
      c.setEntityValue(entity, hydrate(meta, c, raw));
    }
    return entity as T;
  });
}

/** `qb`'s rows as entities, read raw (see `plainShape`): for hot read paths. */
export async function getPlainMany<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  return (await getPlainManyWith(qb, {})).map(([e]) => e);
}

/**
 * As `getPlainMany`, with extra select expressions (`{ name: sql }`) whose raw values come
 * back beside each entity, e.g. a child list as `json_agg`.
 */
export async function getPlainManyWith<T extends ObjectLiteral, K extends string>(
  qb: SelectQueryBuilder<T>,
  extra: Record<K, string>,
): Promise<[T, Record<K, unknown>][]> {
  const alias = qb.alias;
  const shape = plainShape(qb.expressionMap.mainAlias!.metadata, alias);
  qb.select(shape.select);
  const names = Object.keys(extra) as K[];
  names.forEach((name, i) => qb.addSelect(extra[name], `${alias}_x${i}`));
  const rows: Record<string, unknown>[] = await qb.getRawMany();
  return rows.map((r) => {
    const more = {} as Record<K, unknown>;
    names.forEach((name, i) => (more[name] = r[`${alias}_x${i}`]));
    return [shape.map(r) as T, more];
  });
}

/**
 * A hot read of whole entities written as SQL, without the query builder: `sql(columns)` gets
 * the entity's select list for `alias` and returns the statement (positional parameters),
 * built once per DataSource. Building a query with TypeORM's query builder on every request
 * cost more CPU than hydrating its rows. Each answer is `[entity, row]`: the raw row carries
 * any extra columns the statement selects (e.g. children as JSON).
 */
export function plainSqlRows<T extends ObjectLiteral>(entity: EntityTarget<T>, alias: string, sql: (columns: string) => string) {
  const built = new WeakMap<DataSource, { text: string; shape: Shape }>();
  return async (db: DataSource, params: unknown[]): Promise<[T, Record<string, unknown>][]> => {
    let b = built.get(db);
    if (!b) {
      const shape = plainShape(db.getMetadata(entity), alias);
      built.set(db, (b = { text: sql(shape.select), shape }));
    }
    const rows: Record<string, unknown>[] = await db.query(b.text, params);
    return rows.map((r) => [b.shape.map(r) as T, r]);
  };
}

/** As `plainSqlRows`, the entities only. */
export function plainSql<T extends ObjectLiteral>(entity: EntityTarget<T>, alias: string, sql: (columns: string) => string) {
  const read = plainSqlRows(entity, alias, sql);
  return async (db: DataSource, params: unknown[]): Promise<T[]> => (await read(db, params)).map(([e]) => e);
}

/** One entity from `row_to_json(alias)` of a left-joined to-one relation; undefined when none matched (as TypeORM leaves it). */
export function entityFromJson<T extends ObjectLiteral>(meta: EntityMetadata, row: unknown): T | undefined {
  return row ? entitiesFromJson<T>(meta, [row as Record<string, unknown>])[0] : undefined;
}
