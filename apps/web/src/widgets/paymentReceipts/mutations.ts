import { graphql } from '@/gql';

export const RecordPaymentMutation = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) { id }
  }
`);

export const AllocatePaymentMutation = graphql(`
  mutation AllocatePayment($input: AllocatePaymentInput!) {
    allocatePayment(input: $input) { id }
  }
`);

export const ReversePaymentMutation = graphql(`
  mutation ReversePayment($input: ReversePaymentInput!) {
    reversePayment(input: $input) { id }
  }
`);

export const ImportBankStatementMutation = graphql(`
  mutation ImportBankStatement($csv: String!) {
    importBankStatement(csv: $csv) {
      lines
      imported
      duplicates
      unmatched { line reference amountCents }
      rejected { line message }
    }
  }
`);

/** The open items a payment can be allocated to (needs ageAnalysis:read). */
export const OpenItemsQuery = graphql(`
  query PaymentOpenItems($id: ID!) {
    customer(id: $id) {
      id
      ageAnalysis { currency openItems { kind id reference dueDate side openCents } }
    }
  }
`);
