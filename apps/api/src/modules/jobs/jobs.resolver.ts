import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kernel/context';
import { forbidden } from '../../kernel/errors';
import { listJobs } from './job.queries';
import { JobFilter, JobInfo } from './job.types';

@Resolver()
export class JobsResolver {
  @Query(() => [JobInfo], { description: 'Recent background job runs, newest first (admins not limited to a reseller)' })
  jobs(@Ctx() ctx: Context, @Arg('filter', () => JobFilter, { nullable: true }) filter?: JobFilter) {
    // Jobs work across every reseller's customers; their errors and data are not one reseller's to read.
    if (ctx.scope.resellerId) throw forbidden('Background jobs run for every reseller: only someone not limited to one reseller can read them');
    return listJobs(ctx.db, ctx.jobs.schema, filter ?? undefined); // `filter: null` is no filter
  }
}
