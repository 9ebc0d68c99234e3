import { graphql } from '@/gql';

export const GenerateRecurringBillingMutation = graphql(`
  mutation GenerateRecurringBilling($customerId: ID!) {
    generateRecurringBilling(customerId: $customerId) {
      ...RecurringBillingWidget_customer
    }
  }
`);

export const GenerateRecurringInvoiceMutation = graphql(`
  mutation GenerateRecurringInvoice($customerId: ID!) {
    generateRecurringInvoice(customerId: $customerId) {
      id
      state
      totalCents
    }
  }
`);

export const AddOneOffChargeMutation = graphql(`
  mutation AddOneOffCharge($input: AddChargeInput!) {
    addCharge(input: $input) {
      id
    }
  }
`);

export const RemovePendingChargeMutation = graphql(`
  mutation RemovePendingCharge($lineId: ID!) {
    removePendingCharge(lineId: $lineId) {
      ...RecurringBillingWidget_customer
    }
  }
`);

export const ApproveRunInvoiceMutation = graphql(`
  mutation ApproveRunInvoice($input: ApproveInvoiceInput!) {
    approveInvoice(input: $input) {
      id
      number
      state
    }
  }
`);

export const DownloadInvoiceMutation = graphql(`
  mutation DownloadInvoice($invoiceId: ID!, $length: BillLength!) {
    downloadInvoice(invoiceId: $invoiceId, length: $length) {
      fileName
      url
      sha256
    }
  }
`);

export const BillingRunsQuery = graphql(`
  query BillingRuns($first: Int) {
    billingRuns(first: $first) {
      id
      periodStart
      state
      done
      total
      invoices
      startedBy
      error
      createdAt
      finishedAt
    }
  }
`);

export const StartBillingRunMutation = graphql(`
  mutation StartBillingRun($input: StartBillingRunInput!) {
    startBillingRun(input: $input) {
      id
      state
    }
  }
`);

export const ApproveBillingRunMutation = graphql(`
  mutation ApproveBillingRun($runId: ID!) {
    approveBillingRun(runId: $runId) {
      approved
    }
  }
`);
