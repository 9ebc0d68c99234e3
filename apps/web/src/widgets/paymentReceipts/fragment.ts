import { graphql } from '@/gql';

export const PaymentReceiptsWidgetFragment = graphql(`
  fragment PaymentReceiptsWidget_customer on Customer {
    id
    paymentReceipts {
      id
      kind
      receivedOn
      method
      reference
      amountCents
      reversed
      reason
      unallocatedCents
      currency
      allocations { kind id reference amountCents }
    }
  }
`);
