import { graphql } from '@/gql';

export const UpdateAgeAnalysisMutation = graphql(`
  mutation UpdateAgeAnalysis($customerId: ID!) {
    updateAgeAnalysis(customerId: $customerId) { id }
  }
`);
