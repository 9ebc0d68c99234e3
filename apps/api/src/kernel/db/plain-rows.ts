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
function plainShape(meta: EntityMetadata, alias: string): Shape {
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
  const shape = plainShape(qb.expressionMap.mainAlias!.metadata, qb.alias);
  const rows: Record<string, unknown>[] = await qb.select(shape.select).getRawMany();
  return rows.map((r) => shape.map(r) as T);
}

/** To-one relations the statement selects as `row_to_json(…) AS "<relation>"`, by relation name. */
type ToOne<T> = Partial<Record<keyof T & string, EntityTarget<ObjectLiteral>>>;

/**
 * A hot read of whole entities written as SQL, without the query builder: `sql(columns)` gets
 * the entity's select list for `alias` and returns the statement (positional parameters),
 * built once per DataSource. Building a query with TypeORM's query builder on every request
 * cost more CPU than hydrating its rows. Each answer is `[entity, row]`: the raw row carries
 * any extra columns the statement selects (e.g. children as JSON).
 */
export function plainSqlRows<T extends ObjectLiteral>(entity: EntityTarget<T>, alias: string, sql: (columns: string) => string, toOne: ToOne<T> = {}) {
  const built = new WeakMap<DataSource, { text: string; shape: Shape; relations: [string, EntityMetadata][] }>();
  return async (db: DataSource, params: unknown[]): Promise<[T, Record<string, unknown>][]> => {
    let b = built.get(db);
    if (!b) {
      const shape = plainShape(db.getMetadata(entity), alias);
      const relations = Object.entries(toOne).map(([name, target]) => [name, db.getMetadata(target as EntityTarget<ObjectLiteral>)] as [string, EntityMetadata]);
      built.set(db, (b = { text: sql(shape.select), shape, relations }));
    }
    const { shape, relations } = b;
    const rows: Record<string, unknown>[] = await db.query(b.text, params);
    return rows.map((r) => {
      const e = shape.map(r) as ObjectLiteral;
      // A left join that matched nothing leaves the relation unset, as TypeORM does.
      for (const [name, meta] of relations) if (r[name]) e[name] = entitiesFromJson(meta, [r[name] as Record<string, unknown>])[0];
      return [e as T, r];
    });
  };
}

/** As `plainSqlRows`, the entities only. */
export function plainSql<T extends ObjectLiteral>(entity: EntityTarget<T>, alias: string, sql: (columns: string) => string, toOne: ToOne<T> = {}) {
  const read = plainSqlRows(entity, alias, sql, toOne);
  return async (db: DataSource, params: unknown[]): Promise<T[]> => (await read(db, params)).map(([e]) => e);
}
