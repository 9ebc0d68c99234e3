import { can, isAuthenticated, type RuleFragment } from '../../kernel/rules';

export const jobRules: RuleFragment = {
  Query: { jobs: can('admin:roles') },
  JobInfo: isAuthenticated,
};
