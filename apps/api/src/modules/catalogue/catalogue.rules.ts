import { or } from 'graphql-shield';
import { can, isAuthenticated, type RuleFragment } from '../../kernel/rules';

export const catalogueRules: RuleFragment = {
  // Whoever sees data accounts or package changes sees the packages they name.
  Query: { dataPackages: or(can('dataAccounts:read'), can('packageChanges:read'), can('catalogue:write')) },
  Mutation: { createDataPackage: can('catalogue:write'), updateDataPackage: can('catalogue:write') },
  DataPackage: isAuthenticated,
};
