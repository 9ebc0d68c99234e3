import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context';
import { checkPageSize } from '../../kernel/pagination';
import type { CustomerEntity } from '../customers';
import { Customer } from '../customers';
import { SchedulePackageChangeInput } from './data-account.inputs';
import { PackageChange } from './package-change.entity';
import { cancelPackageChange, schedulePackageChange } from './package-change.service';

@Resolver(() => Customer)
export class PackageChangeResolver {
  @FieldResolver(() => [PackageChange], { nullable: true, description: 'Widget packageChanges: scheduled first, then the latest (seed 000 §3.7)' })
  packageChanges(@Root() customer: CustomerEntity, @Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 20 }) first: number) {
    return ctx.loaders['data-accounts'].changes.load(`${customer.id}:${checkPageSize(first)}`);
  }

  @Mutation(() => PackageChange, { description: 'CONFLICT when the account already has one scheduled; applied by a job on the effective date' })
  schedulePackageChange(@Arg('input', () => SchedulePackageChangeInput) input: SchedulePackageChangeInput, @Ctx() ctx: Context) {
    return schedulePackageChange(ctx, input);
  }

  @Mutation(() => PackageChange, { description: 'Cancels a scheduled change; CONFLICT when it is no longer scheduled' })
  cancelPackageChange(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return cancelPackageChange(ctx, id, reason);
  }
}

@Resolver(() => PackageChange)
export class PackageChangeFieldsResolver {
  @FieldResolver(() => ID)
  dataAccountId(@Root() change: PackageChange): string {
    return change.dataAccountId;
  }

  @FieldResolver(() => String, { description: 'The data account’s username' })
  username(@Root() change: PackageChange): string {
    return change.dataAccount?.username ?? '';
  }

  @FieldResolver(() => String, { description: 'Who submitted it; a reseller sees the names of its own people only ("Staff" otherwise)' })
  submittedByName(@Root() change: PackageChange, @Ctx() ctx: Context): string {
    const viewer = ctx.scope.resellerId;
    return viewer === null || viewer === change.submittedByResellerId ? change.submittedByName : 'Staff';
  }
}
