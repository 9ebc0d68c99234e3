import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

interface Shape {
  select: string;
  map(row: Record<string, unknown>): ObjectLiteral;
}

const shapes = new WeakMap<EntityMetadata, Map<string, Shape>>();

/**
 * The entity's columns as one raw select list and a row mapper, built once per entity and
 * alias: reading hot lists with `getRawMany()` and this mapper gives the same objects as
 * `getMany()` (embedded objects, value transformers) without TypeORM's per-row hydration.
 * Only for plain columns: relations are not loaded.
 */
function shapeOf(meta: EntityMetadata, alias: string): Shape {
  let byAlias = shapes.get(meta);
  if (!byAlias) shapes.set(meta, (byAlias = new Map()));
  let shape = byAlias.get(alias);
  if (!shape) {
    const columns = meta.columns.filter((c) => !c.isVirtual && c.isSelect);
    const select = columns.map((c, i) => `"${alias}"."${c.databaseName}" AS "${alias}_p${i}"`).join(', ');
    const keys = columns.map((_, i) => `${alias}_p${i}`);
    const map = (row: Record<string, unknown>) => {
      const entity = {} as ObjectLiteral;
      columns.forEach((c, i) => {
        const raw = row[keys[i]];
        const t = c.transformer;
        c.setEntityValue(entity, t && !Array.isArray(t) ? t.from(raw) : raw);
      });
      return Object.setPrototypeOf(entity, (meta.target as Function).prototype);
    };
    byAlias.set(alias, (shape = { select, map }));
  }
  return shape;
}

/** `qb`'s rows as entities, read raw (see `shapeOf`): for hot read paths. */
export async function getPlainMany<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  const alias = qb.alias;
  const shape = shapeOf(qb.expressionMap.mainAlias!.metadata, alias);
  const rows: Record<string, unknown>[] = await qb.select(shape.select).getRawMany();
  return rows.map((r) => shape.map(r) as T);
}
