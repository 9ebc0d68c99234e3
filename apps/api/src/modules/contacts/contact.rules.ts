import { can, isAuthenticated, widgetField, type RuleFragment } from '../../kernel/rules';

/** Contacts are part of the accountDetails widget (WIDGETS.md #1). */
export const contactRules: RuleFragment = {
  Customer: { contacts: widgetField('accountDetails:read') },
  Mutation: {
    addContact: can('accountDetails:write'),
    updateContact: can('accountDetails:write'),
    removeContact: can('accountDetails:write'),
  },
  Contact: isAuthenticated,
};
