import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../kernel/loaders';
import type { Reseller } from './reseller.entity';

export const resellerLoaders = (db: DataSource) => ({
  byId: byIdLoader<Reseller>(db, 'SELECT id, name FROM reseller WHERE id = ANY($1)'),
});

declare module '../../kernel/context' {
  interface Loaders {
    resellers: ReturnType<typeof resellerLoaders>;
  }
}
