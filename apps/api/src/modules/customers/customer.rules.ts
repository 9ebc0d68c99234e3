import { and } from 'graphql-shield';
import { can, canOpenCustomers, customerInScope, isAuthenticated, widgetField, type RuleFragment } from '../../kernel/rules';

const identity = and(isAuthenticated, customerInScope);

export const customerRules: RuleFragment = {
  Query: { customer: canOpenCustomers, customers: canOpenCustomers },
  Mutation: { createCustomer: can('customer:create'), updateAccountDetails: can('accountDetails:write') },
  // The header fields (who is this) come with any widget; each widget needs its permission.
  Customer: {
    id: identity,
    accountNumber: identity,
    name: identity,
    status: identity,
    accountDetails: widgetField('accountDetails:read'),
    balance: widgetField('ageAnalysis:read'),
  },
  AccountDetails: isAuthenticated,
  PostalAddress: isAuthenticated,
  StaffRef: isAuthenticated,
  Money: isAuthenticated,
  CustomerConnection: isAuthenticated,
  CustomerEdge: isAuthenticated,
  PageInfo: isAuthenticated,
};
