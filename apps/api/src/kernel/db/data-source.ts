import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from './naming';
import { reportDatabaseUnavailable } from '../errors';
import { log, type Logger } from '../log';
import { CountingLogger } from './sql-counter';

export interface DataSourceOptions {
  url: string;
  /** A PostgreSQL schema to live in (tests give each file its own); default public. */
  schema?: string;
  poolSize?: number;
  entities: Function[];
  migrations: Function[];
  /** Where SQL errors, slow queries and pool errors are logged (default: the process's). */
  logger?: Logger;
}

/** The one TypeORM DataSource. Migrations only: `synchronize` is never on. */
export function createDataSource({ url, schema, poolSize = 20, entities, migrations, logger = log() }: DataSourceOptions): DataSource {
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
    logger: new CountingLogger(logger),
    // A server that is down or restarting is reported once per 10 s, not once per idle client.
    poolErrorHandler: (err: unknown) => reportDatabaseUnavailable(err, 'pool', logger),
    maxQueryExecutionTime: 1000,
    extra: {
      max: poolSize,
      // Fail a request after 5 s without a connection (a server out of reach), instead of hanging.
      connectionTimeoutMillis: 5000,
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
