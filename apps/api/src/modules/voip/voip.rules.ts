import { and, or, rule } from 'graphql-shield';
import type { Context } from '../../kernel/context';
import { can, isAuthenticated, widgetField, type RuleFragment } from '../../kernel/rules';

/** Costs and markups are internal (ACCESS.md rule 7): never for reseller-scoped callers. */
const notResellerScoped = rule('notResellerScoped', { cache: 'contextual' })((_p, _a, ctx: Context) => ctx.scope.resellerId === null);
const seesMarkups = and(isAuthenticated, notResellerScoped, or(can('catalogue:write'), can('billingDetails:read')));
/** Who picks a tariff: line writers, billing (customer defaults), catalogue editors; readers of lines see tariff names. */
const readsTariffs = or(can('voipLines:read'), can('catalogue:write'), can('billingDetails:read'));
const voipWrite = can('voipLines:write');

export const voipRules: RuleFragment = {
  Customer: {
    voipLines: widgetField('voipLines:read'),
    phoneUsage: widgetField('phoneUsage:read'),
    voipRating: and(widgetField('billingDetails:read'), notResellerScoped),
  },
  Query: { voipTariffs: and(isAuthenticated, readsTariffs) },
  Mutation: {
    addVoipLine: voipWrite,
    updateVoipLine: voipWrite,
    expireVoipLine: voipWrite,
    importCallRecords: voipWrite,
    setVoipCustomerRating: and(can('billingDetails:write'), notResellerScoped),
    createVoipTariff: can('catalogue:write'),
    updateVoipTariff: can('catalogue:write'),
  },
  VoipLine: isAuthenticated,
  PhoneUsage: isAuthenticated,
  PhoneUsageRow: isAuthenticated,
  VoipRating: isAuthenticated,
  ClassMarkup: isAuthenticated,
  CdrImport: isAuthenticated,
  CdrRowError: isAuthenticated,
  VoipTariff: {
    id: isAuthenticated,
    name: isAuthenticated,
    description: isAuthenticated,
    active: isAuthenticated,
    version: isAuthenticated,
    rates: isAuthenticated,
    fallbackMarkupPercent: seesMarkups,
  },
  VoipTariffRate: {
    callClass: isAuthenticated,
    ratePerMinuteCents: isAuthenticated,
    billingIncrementSeconds: isAuthenticated,
    minimumChargeCents: isAuthenticated,
    connectionFeeCents: isAuthenticated,
    markupPercent: seesMarkups,
  },
};
