import { graphql } from '@/gql';

export const UpdateBillingDetailsMutation = graphql(`
  mutation UpdateBillingDetails($input: UpdateBillingDetailsInput!) {
    updateBillingDetails(input: $input) {
      version
    }
  }
`);
