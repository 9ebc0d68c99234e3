import { can, isAuthenticated, type RuleFragment } from '../../access/rules';

export const jobRules: RuleFragment = {
  Query: { jobs: can('admin:roles') },
  JobInfo: isAuthenticated,
};
