// The public face of the billing module: other modules and the app import only from here.
export { billingModule } from './billing.module';
export { dueDate, type PaymentTerms } from './payment-terms';
export * from './billing-account.entity';
export * from './ledger.entities';
// For the billing run (modules/billing-runs): the ledger's own pricing, invoice and approval services.
export { addCharge, approveDrafts, approveInvoice, createInvoice, priceLine, retotal, todayIso } from './invoice.service';
export { billingAccountOf } from './billing-account.store';
