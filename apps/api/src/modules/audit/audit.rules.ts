import { isAuthenticated, widgetField, type RuleFragment } from '../../kernel/rules';

export const auditRules: RuleFragment = {
  Customer: { auditTrail: widgetField('auditTrail:read') },
  AuditEntry: isAuthenticated,
  AuditEntryEdge: isAuthenticated,
  AuditEntryConnection: isAuthenticated,
};
