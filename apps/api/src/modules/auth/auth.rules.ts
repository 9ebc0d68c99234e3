import { can, isAuthenticated, isPublic, type RuleFragment } from '../../access/rules';

const admin = can('admin:roles');

export const authRules: RuleFragment = {
  Query: { me: isAuthenticated, roles: admin, resellers: admin, staffUsers: admin, apiTokens: admin },
  Mutation: {
    login: isPublic,
    logout: isAuthenticated,
    createApiToken: admin,
    revokeApiToken: admin,
    createRole: admin,
    grantPermission: admin,
    revokePermission: admin,
    assignRole: admin,
    createStaffUser: admin,
  },
  // login answers before the request has an actor; the login resolver signs the request in.
  LoginResult: isPublic,
  Me: isAuthenticated,
  Role: admin,
  ApiTokenInfo: admin,
  CreatedApiToken: admin,
  StaffUserInfo: admin,
};
