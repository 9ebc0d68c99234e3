// The public face of the billing-runs module: other modules and the app import only from here.
export { billingRunsModule } from './billing-runs.module';
export { BillingRun, BilledPeriod, BilledCharge } from './billing-run.entities';
export { approveRun, runBilling, createRun, billCustomer } from './billing-run.service';
