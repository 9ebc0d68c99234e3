import { can, isAuthenticated, isPublic, type RuleFragment } from '../../kernel/rules';

const admin = can('admin:roles');

export const authRules: RuleFragment = {
  Query: {
    me: isAuthenticated,
    roles: admin,
    staffUsers: admin,
    apiTokens: admin,
    // The link's secret token is the proof: an invited user has no session yet.
    passwordLink: isPublic,
  },
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
    deactivateUser: admin,
    reactivateUser: admin,
    resetPassword: admin,
    setPasswordWithLink: isPublic,
  },
  // login answers before the request has an actor; the login resolver signs the request in.
  LoginResult: isPublic,
  PasswordLinkDetails: isPublic,
  Me: isAuthenticated,
  Role: admin,
  ApiTokenInfo: admin,
  CreatedApiToken: admin,
  StaffUserInfo: admin,
  UserWithPasswordLink: admin,
  IssuedPasswordLink: admin,
};
