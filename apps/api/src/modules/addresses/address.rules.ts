import { can, isAuthenticated, widgetField, type RuleFragment } from '../../kernel/rules';

export const addressRules: RuleFragment = {
  Customer: { addresses: widgetField('addresses:read') },
  Mutation: { addAddress: can('addresses:write'), updateAddress: can('addresses:write'), removeAddress: can('addresses:write') },
  CustomerAddress: isAuthenticated,
};
