// Used only by the TypeORM CLI to generate migrations: `npx typeorm -d dist/db/cli-data-source.js migration:generate`.
import { createDataSource } from './data-source';

export default createDataSource({ url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sightline_migrations' });
