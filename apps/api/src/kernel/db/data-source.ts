import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from './naming';
import { CountingLogger } from './sql-counter';

export interface DataSourceOptions {
  url: string;
  /** A PostgreSQL schema to live in (tests give each file its own); default public. */
  schema?: string;
  poolSize?: number;
  entities: Function[];
  migrations: Function[];
}

/** The one TypeORM DataSource. Migrations only: `synchronize` is never on. */
export function createDataSource({ url, schema, poolSize = 20, entities, migrations }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    schema,
    entities,
    migrations,
    migrationsTransactionMode: 'all',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is core PostgreSQL since 13: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logger: new CountingLogger(),
    maxQueryExecutionTime: 1000,
    extra: {
      max: poolSize,
      // Extensions (pg_trgm) live in public; a test schema comes first on the path.
      ...(schema ? { options: `-c search_path=${schema},public` } : {}),
    },
  });
}

/** Applies pending migrations; returns their names. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const done = await dataSource.runMigrations({ transaction: 'all' });
  return done.map((m) => m.name);
}
