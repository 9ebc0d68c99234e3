import { graphql } from '@/gql';

export const RolesQuery = graphql(`
  query Roles {
    roles {
      id
      name
      description
      permissions
      builtin
      resellerScoped
    }
  }
`);

export const CreateRoleMutation = graphql(`
  mutation CreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      id
      name
    }
  }
`);

// Both answer with the role's permissions, which updates its column of the matrix in the cache.

export const GrantPermissionMutation = graphql(`
  mutation GrantPermission($role: String!, $permission: String!) {
    grantPermission(role: $role, permission: $permission) {
      id
      permissions
    }
  }
`);

export const RevokePermissionMutation = graphql(`
  mutation RevokePermission($role: String!, $permission: String!) {
    revokePermission(role: $role, permission: $permission) {
      id
      permissions
    }
  }
`);
