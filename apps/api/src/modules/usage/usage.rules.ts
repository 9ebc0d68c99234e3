import { and } from 'graphql-shield';
import { can, isAuthenticated, widgetField, type RuleFragment } from '../../kernel/rules';

export const usageRules: RuleFragment = {
  Customer: { activeSessions: widgetField('activeSessions:read'), dataUsage: widgetField('dataUsage:read') },
  Mutation: {
    // Ending a subscriber's session is a change to its data service (technical, reseller,
    // admin), and only for those who see the sessions.
    disconnectSession: and(can('dataAccounts:write'), can('activeSessions:read')),
  },
  DataSession: isAuthenticated,
  DisconnectResult: isAuthenticated,
  DataUsage: isAuthenticated,
  DataAccountUsage: isAuthenticated,
  UsagePeriod: isAuthenticated,
  CapUsage: isAuthenticated,
};
