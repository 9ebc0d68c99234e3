import { defineModule } from '../../kernel/module';
import { MIGRATIONS } from './migrations';
import { auditProbes } from './audit.probes';
import { AuditEntry } from './audit-entry.entity';
import { auditLoaders } from './audit.loaders';
import { AuditEntryFieldsResolver, AuditResolver } from './audit.resolver';
import { auditRules } from './audit.rules';

/** Widget auditTrail: every change to the customer, who, when, from which client. */
export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEntry],
  seedBulkTables: ['audit_entry'],
  migrations: MIGRATIONS,
  resolvers: [AuditResolver, AuditEntryFieldsResolver],
  rules: auditRules,
  loaders: auditLoaders,
  probes: auditProbes,
});
