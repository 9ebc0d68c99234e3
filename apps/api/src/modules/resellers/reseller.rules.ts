import { can, isAuthenticated, type RuleFragment } from '../../kernel/rules';

const admin = can('admin:roles');

export const resellerRules: RuleFragment = {
  Query: { resellers: admin },
  Mutation: { createReseller: admin },
  // A reseller's users read their own reseller (me.reseller, a customer's reseller).
  Reseller: { id: isAuthenticated, name: isAuthenticated, createdAt: admin },
};
