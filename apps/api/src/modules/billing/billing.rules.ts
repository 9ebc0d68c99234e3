import { and } from 'graphql-shield';
import { can, isAuthenticated, widgetField, type RuleFragment } from '../../kernel/rules';

// Invoices, charges, credit notes and adjustments are the recurringBilling widget's writes;
// receipts, allocations, refunds and the bank import are paymentReceipts'. "Update" in the
// age analysis imports receipts, so it needs paymentReceipts:write too.
const billingWrite = can('recurringBilling:write');
const receiptsWrite = can('paymentReceipts:write');

export const billingRules: RuleFragment = {
  Customer: {
    billingDetails: widgetField('billingDetails:read'),
    paymentReceipts: widgetField('paymentReceipts:read'),
    ageAnalysis: widgetField('ageAnalysis:read'),
    invoices: widgetField('recurringBilling:read'),
  },
  Query: { ageAnalysisReport: and(isAuthenticated, can('reports:read')) },
  Mutation: {
    updateBillingDetails: can('billingDetails:write'),
    recordPayment: receiptsWrite,
    allocatePayment: receiptsWrite,
    reversePayment: receiptsWrite,
    refundCustomer: receiptsWrite,
    importBankStatement: receiptsWrite,
    updateAgeAnalysis: receiptsWrite,
    addCharge: billingWrite,
    createInvoice: billingWrite,
    approveInvoice: billingWrite,
    approveAllDrafts: can('billing:run'),
    markInvoiceSent: billingWrite,
    voidInvoice: billingWrite,
    issueCreditNote: billingWrite,
    addAdjustment: billingWrite,
  },
  BillingDetails: isAuthenticated,
  DebitOrderDetails: isAuthenticated,
  CardOnFile: isAuthenticated,
  PaymentTermsView: isAuthenticated,
  BillLengths: isAuthenticated,
  LowInvoiceSettings: isAuthenticated,
  AnnualIncrease: isAuthenticated,
  Payment: isAuthenticated,
  PaymentReceipt: isAuthenticated,
  AllocationView: isAuthenticated,
  AgeAnalysis: isAuthenticated,
  LedgerItemView: isAuthenticated,
  AgeAnalysisReport: isAuthenticated,
  AgeReportRow: isAuthenticated,
  AgeReportTotals: isAuthenticated,
  Invoice: isAuthenticated,
  InvoiceSnapshot: isAuthenticated,
  InvoiceLine: isAuthenticated,
  CreditNote: isAuthenticated,
  Adjustment: isAuthenticated,
  BankImportResult: isAuthenticated,
  UnmatchedStatementLine: isAuthenticated,
  RejectedStatementLine: isAuthenticated,
};
