import { graphql } from '@/gql';

export const BillingDetailsWidgetFragment = graphql(`
  fragment BillingDetailsWidget_customer on Customer {
    id
    billingDetails {
      paymentMethod
      verification
      billingCycle
      vatRateBasisPoints
      vatNumber
      creditLimitCents
      doNotSuspend
      billStyle
      currency
      version
      debitOrder { bank branchCode accountHolder accountNumberMasked accountType debitDay }
      card { brand last4 expiry tokenOnFile }
      paymentTerms { kind value summary dueForInvoiceToday }
      billLengths { email download print }
      lowInvoice { rule thresholdCents chargeCents }
      annualIncrease { profile referenceDate }
    }
  }
`);
