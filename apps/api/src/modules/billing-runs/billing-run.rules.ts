import { and } from 'graphql-shield';
import { can, isAuthenticated, widgetField, type RuleFragment } from '../../kernel/rules';

export const billingRunRules: RuleFragment = {
  Customer: { recurringBilling: widgetField('recurringBilling:read') },
  Query: { billingRuns: and(isAuthenticated, can('billing:run')) },
  Mutation: {
    startBillingRun: can('billing:run'),
    approveBillingRun: can('billing:run'),
    generateRecurringBilling: can('recurringBilling:write'),
    generateRecurringInvoice: can('recurringBilling:write'),
    removePendingCharge: can('recurringBilling:write'),
    // A download reads the invoice (the first one of an approved invoice stores its file).
    downloadInvoice: can('recurringBilling:read'),
  },
  RecurringBilling: isAuthenticated,
  RecurringCharge: isAuthenticated,
  BilledPeriodView: isAuthenticated,
  BillingRun: isAuthenticated,
  ApproveRunResult: isAuthenticated,
  InvoiceDownload: isAuthenticated,
};
