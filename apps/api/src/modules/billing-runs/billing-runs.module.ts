import { defineModule } from '../../kernel/module';
import { BilledCharge, BilledPeriod, BillingRun, InvoiceDocument } from './billing-run.entities';
import { billingRunJob } from './billing-run.jobs';
import { billingRunLoaders } from './billing-run.loaders';
import { billingRunProbes } from './billing-run.probes';
import { BillingRunResolver, RecurringBillingResolver } from './billing-run.resolver';
import { billingRunRules } from './billing-run.rules';
import { MIGRATIONS } from './migrations';

/**
 * Billing runs (widget recurringBilling): the charges each period bills — recurring in advance
 * (data accounts, VoIP lines, prorated to the day), usage in arrears (rated calls, data
 * overage), refunds past end dates — written into the ledger once per customer and period, the
 * run job with its progress, approval of a run's drafts, and the invoice PDFs.
 */
export const billingRunsModule = defineModule({
  name: 'billing-runs',
  entities: [BillingRun, BilledPeriod, BilledCharge, InvoiceDocument],
  migrations: MIGRATIONS,
  resolvers: [RecurringBillingResolver, BillingRunResolver],
  rules: billingRunRules,
  loaders: billingRunLoaders,
  jobs: [billingRunJob],
  probes: billingRunProbes,
  auditActions: {
    'billing-run.start': 'Billing run started',
    'billing-run.bill': 'Billed by a billing run',
    'billing-run.invoice-now': 'Recurring invoice generated',
    'billing-run.generate': 'Recurring charges generated',
    'billing-run.charge.remove': 'One-off charge removed',
    'billing-run.approve': "Billing run's drafts approved",
    'billing-run.final-bill-drop': 'Final Bill settled: customer dropped',
    'invoice.download': 'Invoice PDF downloaded',
  },
});
