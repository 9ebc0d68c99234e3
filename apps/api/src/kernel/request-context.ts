import { ALL_PERMISSIONS } from '@sightline/access';
import type { DataSource } from 'typeorm';

/** Who acted, as the audit trail records it. */
export enum ActorKind {
  STAFF = 'staff',
  API_TOKEN = 'api_token',
  SYSTEM = 'system',
}

/** Who is calling: a signed-in person or an API token, with its role and reseller scope. */
export interface Actor {
  kind: ActorKind;
  id: string;
  name: string;
  email: string | null;
  roleName: string;
  permissions: ReadonlySet<string>;
  /** Set for reseller users and tokens: they reach only this reseller's customers. */
  resellerId: string | null;
  sessionId?: string;
  tokenName?: string;
}

/**
 * What every service takes: who acts, with which permissions, within which reseller scope,
 * through which client. Resolvers build it once per request; jobs and bulk actions build a
 * system or staff one, and call the same services.
 */
export interface RequestContext {
  db: DataSource;
  actor: Actor | null;
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
