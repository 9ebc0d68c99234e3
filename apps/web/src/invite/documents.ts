import { graphql } from '@/gql';

export const PasswordLinkQuery = graphql(`
  query PasswordLink($token: String!) {
    passwordLink(token: $token) {
      purpose
      name
      email
      expiresAt
    }
  }
`);

export const SetPasswordWithLinkMutation = graphql(`
  mutation SetPasswordWithLink($input: SetPasswordWithLinkInput!) {
    setPasswordWithLink(input: $input)
  }
`);
