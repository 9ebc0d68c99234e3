import { graphql } from '@/gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      kind
      name
      email
      role
      permissions
      reseller {
        id
        name
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      expiresAt
      me {
        id
        name
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
