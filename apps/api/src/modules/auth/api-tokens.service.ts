import { currentManager, inTransaction } from '../../kernel/transaction';
import { inAuthTransaction } from './session-cache';
import type { RequestContext } from '../../kernel/request-context';
import { badInput, notFound } from '../../kernel/errors';
import { audit } from '../../kernel/audit';
import { isUuid } from '../../kernel/validators';
import { assertReseller } from '../resellers';
import { ApiToken } from './api-token.entity';
import type { CreateApiTokenInput } from './auth.types';
import { assertMayGrant, assertRoleFitsHolder, inCallerScope } from './no-escalation';
import { roleByName } from './roles.service';
import { API_TOKEN_PREFIX, hashToken, newToken } from './tokens';

/** An admin creates a token for a reseller or reporting tool; the secret is returned once. */
export async function createApiToken(ctx: RequestContext, input: CreateApiTokenInput) {
  const role = await roleByName(currentManager(ctx.db), input.role);
  const holder = { resellerId: input.resellerId ?? null };
  assertRoleFitsHolder(role, holder, 'resellerId', 'choose the reseller whose customers the token sees');
  assertMayGrant(ctx, role, holder, 'API token');
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw badInput('expiresAt', 'must be in the future');
  const token = newToken(API_TOKEN_PREFIX);
  return inTransaction(ctx.db, async (em) => {
    if (input.resellerId) await assertReseller(em, input.resellerId);
    const saved = await em.getRepository(ApiToken).save({
      name: input.name,
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
      tokenHash: hashToken(token),
      roleId: role.id,
      resellerId: input.resellerId ?? null,
      createdById: ctx.actor?.id ?? null,
      expiresAt: input.expiresAt ?? null,
      lastUsedAt: null,
    });
    await audit(em, ctx, { customerId: null, action: 'api_token.create', target: `api_token:${saved.id}`, record: { name: saved.name, role: role.name, resellerId: saved.resellerId } });
    return { token, apiToken: saved };
  });
}

/** Ends a token; one of another reseller reads as NOT_FOUND to a caller limited to a reseller. */
export async function revokeApiToken(ctx: RequestContext, id: string): Promise<ApiToken> {
  if (!isUuid(id)) throw notFound('API token');
  return inAuthTransaction(ctx.db, async (em) => {
    const token = await em.getRepository(ApiToken).findOne({ where: { id, ...inCallerScope(ctx) }, lock: { mode: 'pessimistic_write' } });
    if (!token) throw notFound('API token');
    if (token.revokedAt) return token;
    token.revokedAt = new Date();
    await em.save(token);
    await audit(em, ctx, { customerId: null, action: 'api_token.revoke', target: `api_token:${id}`, record: { name: token.name } });
    return token;
  });
}
