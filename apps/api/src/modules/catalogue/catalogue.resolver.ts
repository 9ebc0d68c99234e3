import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kernel/context';
import { CreateDataPackageInput, UpdateDataPackageInput } from './catalogue.inputs';
import { createDataPackage, listDataPackages, updateDataPackage } from './catalogue.service';
import { DataPackage } from './data-package.entity';

@Resolver(() => DataPackage)
export class CatalogueResolver {
  @Query(() => [DataPackage], { description: 'The data packages of the catalogue, active first, cheapest first' })
  dataPackages(@Ctx() ctx: Context, @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean) {
    return listDataPackages(ctx, includeInactive);
  }

  @Mutation(() => DataPackage, { description: 'CONFLICT (field name) when the name is taken' })
  createDataPackage(@Arg('input', () => CreateDataPackageInput) input: CreateDataPackageInput, @Ctx() ctx: Context) {
    return createDataPackage(ctx, input);
  }

  @Mutation(() => DataPackage, {
    description: 'CONFLICT when expectedVersion is stale or the name is taken; new speeds reach RADIUS for every account on the package',
  })
  updateDataPackage(@Arg('input', () => UpdateDataPackageInput) input: UpdateDataPackageInput, @Ctx() ctx: Context) {
    return updateDataPackage(ctx, input);
  }
}
