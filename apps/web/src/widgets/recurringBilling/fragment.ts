import { graphql } from '@/gql';

export const RecurringBillingWidgetFragment = graphql(`
  fragment RecurringBillingWidget_customer on Customer {
    id
    recurringBilling {
      periodStart
      periodEnd
      billingCycle
      currency
      statusRule
      chargesTotalCents
      charges {
        source
        description
        refund
        usage
        periodStart
        periodEnd
        days
        netCents
        vatRateBp
        vatCents
        totalCents
        pending
      }
      pendingCharges {
        id
        kind
        description
        totalCents
      }
      lastRuns {
        periodStart
        periodEnd
        outcome
        billedAt
        runId
        runState
        runDone
        runTotal
        invoiceId
        invoiceNumber
        invoiceState
        invoiceTotalCents
      }
    }
  }
`);
