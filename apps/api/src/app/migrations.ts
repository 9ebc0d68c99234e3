import { Init1763800000000 } from './migrations/1763800000000-Init';

/**
 * The first migration, from before the module kit: it creates the tables of several modules
 * at once, and installations have it applied under this name, so it stays whole here. Every
 * later migration lives in its module's own folder.
 */
export const FOUNDATION_MIGRATIONS: Function[] = [Init1763800000000];
