import { defineModule } from '../../kernel/module';
import { seedDemoLogins } from './auth.demo';
import { authActionProbes } from './auth.probes';
import { bootstrapAdmin } from './bootstrap-admin';
import { ensureDefaultRoles } from './default-roles';
import { MIGRATIONS } from './migrations';
import { AdminResolver } from './admin.resolver';
import { ApiToken } from './api-token.entity';
import { AuthResolver } from './auth.resolver';
import { LoginAttempt } from './login-attempt.entity';
import { authRules } from './auth.rules';
import { PasswordLink } from './password-link.entity';
import { Role } from './role.entity';
import { Session } from './session.entity';
import { StaffUser } from './staff-user.entity';
import { UsersResolver } from './users.resolver';

/** Staff users, roles and permissions, sessions, API tokens, invite and reset links. */
export const authModule = defineModule({
  name: 'auth',
  entities: [Role, StaffUser, Session, ApiToken, PasswordLink, LoginAttempt],
  migrations: MIGRATIONS,
  resolvers: [AuthResolver, AdminResolver, UsersResolver],
  rules: authRules,
  async onStart(db) {
    await ensureDefaultRoles(db);
    await bootstrapAdmin(db);
  },
  auditActions: {
    'role.create': 'Role created',
    'role.grant': 'Permission granted',
    'role.revoke': 'Permission revoked',
    'api_token.create': 'API token created',
    'api_token.revoke': 'API token revoked',
    'user.create': 'User created',
    'user.role': 'Role changed',
    'user.deactivate': 'User deactivated',
    'user.reactivate': 'User reactivated',
    'user.password_reset': 'Password reset',
    'user.invite_accept': 'Invitation accepted',
    'user.password_set': 'Password set',
  },
  actionProbes: authActionProbes,
  seed: seedDemoLogins,
});
