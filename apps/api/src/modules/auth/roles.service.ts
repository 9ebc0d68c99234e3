import { inTransaction } from '../../kernel/transaction';
import { inAuthTransaction } from './session-cache';
import { isPermission } from '@sightline/access';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../kernel/request-context';
import { badInput, conflict, mapUniqueViolation, notFound } from '../../kernel/errors';
import { audit } from '../../kernel/audit';
import type { CreateRoleInput } from './auth.types';
import { assertCallerHolds, assertMayChangeRoles } from './no-escalation';
import { Role } from './role.entity';

export async function roleByName(em: EntityManager, name: string, field = 'role'): Promise<Role> {
  const role = await em.getRepository(Role).findOneBy({ name });
  if (!role) throw badInput(field, `no role named ${name}`);
  return role;
}

function checkPermissions(perms: string[], field = 'permissions') {
  const unknown = perms.filter((p) => !isPermission(p));
  if (unknown.length) throw badInput(field, `unknown permission(s): ${unknown.join(', ')}`);
}

/** A new role holds only permissions its creator holds (ACCESS.md rule 6). */
export async function createRole(ctx: RequestContext, input: CreateRoleInput): Promise<Role> {
  const permissions = [...new Set(input.permissions ?? [])].sort();
  checkPermissions(permissions);
  assertMayChangeRoles(ctx);
  assertCallerHolds(ctx, permissions, 'create this role');
  const resellerScoped = input.resellerScoped ?? false;
  return inTransaction(ctx.db, async (em) => {
    const role = await em
      .getRepository(Role)
      .save({ name: input.name, description: input.description ?? '', permissions, resellerScoped })
      .catch((e) => mapUniqueViolation(e, { role_name_key: 'name' }));
    await audit(em, ctx, { customerId: null, action: 'role.create', target: `role:${role.id}`, record: { name: role.name, permissions, resellerScoped } });
    return role;
  });
}

/** Grants (`grant` true) or revokes a permission on a role, atomically; only a permission the caller holds is granted. */
export async function changeRolePermission(ctx: RequestContext, roleName: string, permission: string, grant: boolean): Promise<Role> {
  checkPermissions([permission], 'permission');
  assertMayChangeRoles(ctx);
  if (grant) assertCallerHolds(ctx, [permission], `grant ${permission}`);
  return inAuthTransaction(ctx.db, async (em) => {
    const role = await em.getRepository(Role).findOne({ where: { name: roleName }, lock: { mode: 'pessimistic_write' } });
    if (!role) throw notFound('Role');
    const has = role.permissions.includes(permission);
    if (has === grant) return role;
    const before = [...role.permissions];
    role.permissions = grant ? [...before, permission].sort() : before.filter((p) => p !== permission);
    if (!grant && role.name === 'admin' && permission === 'admin:roles') throw conflict('The admin role must keep admin:roles');
    await em.save(role);
    await audit(em, ctx, {
      customerId: null,
      action: grant ? 'role.grant' : 'role.revoke',
      target: `role:${role.id}`,
      changes: [{ field: 'permissions', oldValue: before, newValue: role.permissions }],
    });
    return role;
  });
}
