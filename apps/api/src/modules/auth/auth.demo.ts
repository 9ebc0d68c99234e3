import { DEFAULT_ROLE_NAMES } from '@sightline/access';
import type { DemoSeed } from '../../kernel/module';
import { DEMO_RESELLERS } from '../resellers';
import { hashPassword } from './password';
import { StaffUser } from './staff-user.entity';

export const DEMO_PASSWORD = 'sightline-demo';
export const DEMO_DOMAIN = 'demo.sightline.test';

const staffName = (role: string) => role.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ') + ' Demo';

/** One demo login per default role (two for resellers), all with the demo password. */
export async function seedDemoLogins({ em }: DemoSeed) {
  const roleIds = new Map<string, string>((await em.query('SELECT id, name FROM role')).map((r: { id: string; name: string }) => [r.name, r.id]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = [
    ...DEFAULT_ROLE_NAMES.filter((r) => r !== 'reseller').map((role) => ({ email: `${role}@${DEMO_DOMAIN}`, name: staffName(role), role, resellerId: null as string | null })),
    { email: `reseller-a@${DEMO_DOMAIN}`, name: 'Anele (Reseller A)', role: 'reseller', resellerId: DEMO_RESELLERS[0].id },
    { email: `reseller-b@${DEMO_DOMAIN}`, name: 'Bongani (Reseller B)', role: 'reseller', resellerId: DEMO_RESELLERS[1].id },
  ];
  await em
    .createQueryBuilder()
    .insert()
    .into(StaffUser)
    .values(users.map((u) => ({ email: u.email, name: u.name, passwordHash, roleId: roleIds.get(u.role)!, resellerId: u.resellerId })))
    .orIgnore()
    .execute();
}
