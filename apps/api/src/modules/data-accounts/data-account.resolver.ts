import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context';
import type { CustomerEntity } from '../customers';
import { Customer, Money } from '../customers';
import { DataPackage } from '../catalogue';
import { DataAccount, DataAccountStatus } from './data-account.entity';
import { AddDataAccountInput, UpdateDataAccountInput } from './data-account.inputs';
import {
  addDataAccount,
  cancelDataAccount,
  changeAllDataAccounts,
  packagesOfferedTo,
  changeDataAccountPackage,
  regenerateDataAccountPassword,
  setDataAccountPassword,
  suspendDataAccount,
  unsuspendDataAccount,
  updateDataAccount,
} from './data-account.service';
import { DataAccountPassword, InstallationAddress } from './data-account.types';

@Resolver(() => Customer)
export class DataAccountResolver {
  @FieldResolver(() => [DataAccount], { nullable: true, description: 'Widget dataAccounts: RADIUS logins on packages (seed 000 §3.2)' })
  dataAccounts(@Root() customer: CustomerEntity, @Ctx() ctx: Context) {
    return ctx.loaders['data-accounts'].byCustomer.load(customer.id);
  }

  @Query(() => [DataPackage], { description: "The active packages a customer may be put on: those priced in the currency it is billed in, cheapest first" })
  offeredDataPackages(@Arg('customerId', () => ID) customerId: string, @Ctx() ctx: Context) {
    return packagesOfferedTo(ctx, customerId);
  }

  @Mutation(() => DataAccountPassword, { description: 'CONFLICT (field username / staticIp) when taken; without a password one is generated and returned once' })
  addDataAccount(@Arg('input', () => AddDataAccountInput) input: AddDataAccountInput, @Ctx() ctx: Context) {
    return addDataAccount(ctx, input);
  }

  @Mutation(() => DataAccount, { description: 'Static IP, installation address, notes, custom price; CONFLICT when expectedVersion is stale' })
  updateDataAccount(@Arg('input', () => UpdateDataAccountInput) input: UpdateDataAccountInput, @Ctx() ctx: Context) {
    return updateDataAccount(ctx, input);
  }

  @Mutation(() => DataAccount, { description: 'Moves the account to another package now (also recorded as an applied package change)' })
  changeDataAccountPackage(@Arg('id', () => ID) id: string, @Arg('packageId', () => ID) packageId: string, @Ctx() ctx: Context) {
    return changeDataAccountPackage(ctx, id, packageId);
  }

  @Mutation(() => DataAccount, { description: 'RADIUS rejects it until unsuspended' })
  suspendDataAccount(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return suspendDataAccount(ctx, id, reason);
  }

  @Mutation(() => DataAccount)
  unsuspendDataAccount(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return unsuspendDataAccount(ctx, id, reason);
  }

  @Mutation(() => DataAccount, { description: 'Cancels (expires) the account on endDate (default today); final' })
  cancelDataAccount(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('endDate', () => String, { nullable: true, description: 'YYYY-MM-DD' }) endDate: string | null,
    @Ctx() ctx: Context,
  ) {
    return cancelDataAccount(ctx, id, reason, endDate);
  }

  @Mutation(() => [DataAccount], { description: "Suspends every active account of the customer; returns those it suspended" })
  suspendCustomerDataAccounts(@Arg('customerId', () => ID) customerId: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return changeAllDataAccounts(ctx, customerId, DataAccountStatus.SUSPENDED, reason);
  }

  @Mutation(() => [DataAccount], { description: 'Cancels every account of the customer not cancelled yet; returns those it cancelled' })
  cancelCustomerDataAccounts(@Arg('customerId', () => ID) customerId: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return changeAllDataAccounts(ctx, customerId, DataAccountStatus.CANCELLED, reason);
  }

  @Mutation(() => DataAccount, { description: 'Sets the password the agent chose (8–64 printable characters)' })
  setDataAccountPassword(@Arg('id', () => ID) id: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    return setDataAccountPassword(ctx, id, password);
  }

  @Mutation(() => DataAccountPassword, { description: 'A new random password, returned this once' })
  regenerateDataAccountPassword(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return regenerateDataAccountPassword(ctx, id);
  }
}

@Resolver(() => DataAccount)
export class DataAccountFieldsResolver {
  @FieldResolver(() => Int, { description: 'What the account costs a month in cents: its custom price, else the package’s' })
  monthlyPriceCents(@Root() account: DataAccount): number {
    return account.customPriceCents ?? account.package?.monthlyPriceCents ?? 0;
  }

  @FieldResolver(() => Money, { description: "monthlyPriceCents in the customer's currency" })
  monthlyPrice(@Root() account: DataAccount): Money {
    return { cents: this.monthlyPriceCents(account), currency: account.customer?.currency ?? 'ZAR' };
  }

  @FieldResolver(() => InstallationAddress, { nullable: true })
  installationAddress(@Root() account: DataAccount): InstallationAddress | null {
    const a = account.address;
    if (!a) return null;
    return { id: a.id, label: a.label, summary: [a.address.line1, a.address.city].filter(Boolean).join(', ') };
  }
}
