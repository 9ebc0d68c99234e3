import { graphql } from '@/gql';

export const ResellersQuery = graphql(`
  query Resellers {
    resellers {
      id
      name
      createdAt
    }
  }
`);

export const CreateResellerMutation = graphql(`
  mutation CreateReseller($input: CreateResellerInput!) {
    createReseller(input: $input) {
      id
      name
      createdAt
    }
  }
`);
