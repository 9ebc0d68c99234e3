import { ALL_PERMISSIONS } from '@sightline/access';
import type { DataSource } from 'typeorm';

/** Who acts, as the services and the audit trail need it (no transport, no GraphQL). */
export interface ContextActor {
  kind: string;
  id: string;
  name: string;
}

/**
 * What every service takes: who acts, with which permissions, within which reseller scope,
 * through which client. Resolvers build it once per request; jobs and bulk actions build a
 * system or staff one, and call the same services.
 */
export interface RequestContext {
  db: DataSource;
  actor: ContextActor | null;
  permissions: ReadonlySet<string>;
  /** `resellerId` null = every customer; else only that reseller's. Never from input. */
  scope: { resellerId: string | null };
  /** Which client made the change, for the audit trail: web, api, api-token:<name>, job:<name>. */
  client: string;
}

const EVERYTHING: ReadonlySet<string> = new Set(ALL_PERMISSIONS);

/** The context of background work: no person, every permission, every customer. */
export function systemContext(db: DataSource, client: string): RequestContext {
  return { db, actor: null, permissions: EVERYTHING, scope: { resellerId: null }, client };
}
