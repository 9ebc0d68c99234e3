import { defineModule } from '../../kernel/module';
import { BillingAccount } from './billing-account.entity';
import { seedDemoBilling, settleDemoLedger } from './billing.demo';
import { ageRollupJob, bankImportJob } from './billing.jobs';
import { billingLoaders } from './billing.loaders';
import { billingProbes } from './billing.probes';
import { BillingCustomerResolver, BillingMutationResolver, InvoiceLinesResolver } from './billing.resolver';
import { billingRules } from './billing.rules';
import { Adjustment, AgeRollup, Allocation, CreditNote, Invoice, InvoiceLine, InvoiceNumberCounter, LedgerRequest, Payment } from './ledger.entities';
import { MIGRATIONS } from './migrations';

/**
 * Billing: how a customer is billed (billingDetails), the ledger (invoices, charges, credit
 * notes, adjustments, payments, allocations) with its derived balance and age rollup,
 * receipts and the bank import (paymentReceipts), and the age analysis (ageAnalysis).
 */
export const billingModule = defineModule({
  name: 'billing',
  entities: [BillingAccount, Invoice, InvoiceLine, CreditNote, Adjustment, Payment, Allocation, LedgerRequest, InvoiceNumberCounter, AgeRollup],
  migrations: MIGRATIONS,
  resolvers: [BillingCustomerResolver, InvoiceLinesResolver, BillingMutationResolver],
  rules: billingRules,
  loaders: billingLoaders,
  jobs: [bankImportJob, ageRollupJob],
  probes: billingProbes,
  seed: seedDemoBilling,
  seedAfter: settleDemoLedger,
  seedAfterWrites: ['customer'],
  seedBulkTables: ['invoice', 'invoice_line', 'credit_note', 'payment', 'allocation', 'adjustment'],
  seedLoadTriggers: ['invoice_line.invoice_line_no_new_on_approved'],
  auditActions: {
    'billing.details.update': 'Billing details changed',
    'charge.add': 'Charge added',
    'invoice.create': 'Invoice generated (draft)',
    'invoice.approve': 'Invoice approved',
    'invoice.send': 'Invoice sent',
    'invoice.void': 'Draft invoice voided',
    'credit-note.issue': 'Credit note issued',
    'adjustment.add': 'Balance adjusted',
    'payment.record': 'Payment recorded',
    'payment.allocate': 'Payment allocated',
    'payment.reverse': 'Payment reversed',
    'payment.refund': 'Refund paid',
    'payment.import': 'Payment imported from bank statement',
    'age-analysis.update': 'Age analysis updated',
  },
});
