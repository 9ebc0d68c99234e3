import { graphql } from '@/gql';

// Every mutation below answers with the fields the list shows, so the cache updates the row.

export const StaffUsersQuery = graphql(`
  query StaffUsers {
    staffUsers {
      id
      name
      email
      role
      reseller {
        id
        name
      }
      active
      passwordSet
      createdAt
      lastSignInAt
    }
  }
`);

export const CreateStaffUserMutation = graphql(`
  mutation CreateStaffUser($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      user {
        id
        name
      }
      link {
        path
        expiresAt
      }
    }
  }
`);

export const AssignRoleMutation = graphql(`
  mutation AssignRole($userId: ID!, $role: String!) {
    assignRole(userId: $userId, role: $role) {
      id
      role
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      active
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      id
      active
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      user {
        id
        passwordSet
      }
      link {
        path
        expiresAt
      }
    }
  }
`);
