import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kernel/context';
import { listJobs } from './job.queries';
import { JobFilter, JobInfo } from './job.types';

@Resolver()
export class JobsResolver {
  @Query(() => [JobInfo], { description: 'Recent background job runs, newest first (admins)' })
  jobs(@Ctx() ctx: Context, @Arg('filter', () => JobFilter, { nullable: true }) filter?: JobFilter) {
    return listJobs(ctx.db, ctx.jobs.schema, filter ?? undefined); // `filter: null` is no filter
  }
}
