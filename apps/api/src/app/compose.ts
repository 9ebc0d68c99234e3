import type { IRules } from 'graphql-shield';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { declareAuditActions } from '../kernel/audit';
import type { Loaders } from '../kernel/context';
import { createDataSource, type DataSourceOptions } from '../kernel/db/data-source';
import type { JobDefinition, ModuleDefinition, MutationProbe, WidgetProbe } from '../kernel/module';
import { buildRuleMap } from '../kernel/rule-map';
import { buildBareSchema, buildSchema } from '../kernel/schema';
import { FOUNDATION_MIGRATIONS } from './migrations';
import { MODULES } from './modules';

const modules: readonly ModuleDefinition[] = MODULES;

const names = new Set<string>();
for (const m of modules) {
  if (names.has(m.name)) throw new Error(`module ${m.name} is listed twice`);
  names.add(m.name);
  declareAuditActions(m.auditActions ?? {});
}

/** A migration's timestamp: the digits its class name ends with (TypeORM's convention). */
const timestampOf = (migration: Function) => Number(/(\d{13})$/.exec(migration.name)?.[1] ?? NaN);

export const ENTITIES = modules.flatMap((m) => m.entities ?? []);

/** The foundation migration, then every module's, in timestamp order. */
export const MIGRATIONS = [...FOUNDATION_MIGRATIONS, ...modules.flatMap((m) => m.migrations ?? [])].sort(
  (a, b) => timestampOf(a) - timestampOf(b),
);

export const RESOLVERS = modules.flatMap((m) => m.resolvers ?? []);
export const RULE_MAP = buildRuleMap(modules.flatMap((m) => (m.rules ? [m.rules] : []))) as IRules;
export const JOBS: JobDefinition[] = modules.flatMap((m) => m.jobs ?? []);
export const PROBES: WidgetProbe[] = modules.flatMap((m) => m.probes ?? []);
/** Every probed mutation: the widgets' and the other actions'. */
export const MUTATION_PROBES: MutationProbe[] = [...PROBES.flatMap((p) => p.mutations ?? []), ...modules.flatMap((m) => m.actionProbes ?? [])];

let bare: GraphQLSchema | undefined;
/** The schema the modules' resolvers build, without permissions (schema.graphql, tests). */
export const bareSchema = () => (bare ??= buildBareSchema(RESOLVERS));
/** The served schema: the bare schema behind the modules' shield rules. */
export const servedSchema = () => buildSchema(bareSchema(), RULE_MAP);

/** A request's loaders: one namespace per module (`ctx.loaders.notes`). */
export function createLoaders(db: DataSource): Loaders {
  const loaders: Record<string, object> = {};
  for (const m of modules) if (m.loaders) loaders[m.name] = m.loaders(db);
  return loaders as unknown as Loaders;
}

/** The DataSource of the app: every module's entities and migrations. */
export const appDataSource = (opts: Omit<DataSourceOptions, 'entities' | 'migrations'>) =>
  createDataSource({ ...opts, entities: ENTITIES, migrations: MIGRATIONS });

/** Migrates, then runs the modules' start hooks (default roles, first administrator). */
export async function prepareDatabase(db: DataSource) {
  await db.runMigrations({ transaction: 'all' });
  for (const m of modules) await m.onStart?.(db);
}
