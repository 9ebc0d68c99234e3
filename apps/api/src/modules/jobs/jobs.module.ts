import { defineModule } from '../../kernel/module';
import { MIGRATIONS } from './migrations';
import { JobProgress } from './job-progress.entity';
import { JobsResolver } from './jobs.resolver';
import { jobRules } from './jobs.rules';

/** Background jobs on pg-boss: the runner, job progress, the admin jobs query. */
export const jobsModule = defineModule({
  name: 'jobs',
  entities: [JobProgress],
  migrations: MIGRATIONS,
  resolvers: [JobsResolver],
  rules: jobRules,
});
