import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../../kernel/errors';
import type { Context } from '../../kernel/context';
import { currentManager } from '../../kernel/transaction';
import type { CustomerEntity } from '../customers';
import { Customer } from '../customers';
import { CdrImport, CdrImportSource } from './cdr-import.entity';
import { importCdrFile } from './cdr-import.service';
import { markupList } from './markups';
import { ImportCallRecordsInput } from './cdr-import.input';
import { PhoneUsage, PhoneUsageRow, VoipRating } from './voip.types';
import { AddVoipLineInput, ExpireVoipLineInput, UpdateVoipLineInput, UpdateVoipTariffInput, VoipCustomerRatingInput, VoipTariffInput } from './voip.inputs';
import { VoipLine, VoipLineStatus } from './voip-line.entity';
import { addVoipLine, expireVoipLine, today, updateVoipLine } from './voip-line.service';
import { setVoipCustomerRating } from './voip-rating.service';
import { VoipTariff, VoipTariffRate } from './voip-tariff.entity';
import { createVoipTariff, updateVoipTariff } from './voip-tariff.service';
import type { UsageRow } from './voip.loaders';

/** A line as mutations return it: with its tariff, for tariffName. */
const withTariff = async (ctx: Context, line: Promise<VoipLine>) =>
  currentManager(ctx.db).findOneOrFail(VoipLine, { where: { id: (await line).id }, relations: { tariff: true } });

const toRow = (r: UsageRow): PhoneUsageRow => ({
  period: r.period,
  callClass: r.callClass,
  calls: r.calls,
  billedSeconds: r.billedSeconds,
  minutes: Math.round((r.billedSeconds / 60) * 100) / 100,
  costCents: r.costCents,
});

@Resolver(() => Customer)
export class VoipCustomerResolver {
  @FieldResolver(() => [VoipLine], { nullable: true, description: 'Widget voipLines: VoIP lines / numbers (seed 000 §3.11), in service first' })
  voipLines(@Root() customer: CustomerEntity, @Ctx() ctx: Context) {
    return ctx.loaders.voip.lines.load(customer.id);
  }

  @FieldResolver(() => PhoneUsage, { nullable: true, description: 'Widget phoneUsage: calls, minutes and cost by call class, per month of a year and per year' })
  async phoneUsage(
    @Root() customer: CustomerEntity,
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true, description: 'The year to show per month; this year when left out' }) year?: number | null,
  ): Promise<PhoneUsage> {
    const y = year ?? new Date().getUTCFullYear();
    if (!Number.isInteger(y) || y < 2000 || y > 2100) throw badInput('year', 'Year must be between 2000 and 2100');
    const rows = await ctx.loaders.voip.usage.load(`${customer.id}:${y}`);
    return { year: y, months: rows.filter((r) => r.kind === 'month').map(toRow), years: rows.filter((r) => r.kind === 'year').map(toRow) };
  }

  @FieldResolver(() => VoipRating, { nullable: true, description: 'Default tariff and markups for calls (billing details, seed 004); internal' })
  async voipRating(@Root() customer: CustomerEntity, @Ctx() ctx: Context): Promise<VoipRating> {
    const [r] = await ctx.loaders.voip.rating.load(customer.id);
    return {
      defaultTariffId: r?.defaultTariffId ?? null,
      defaultTariffName: r?.defaultTariffName ?? null,
      classMarkups: markupList(r?.classMarkups),
      fallbackMarkupPercent: r?.fallbackMarkupPercent == null ? null : Number(r.fallbackMarkupPercent),
      version: r?.version ?? 0,
    };
  }

  @Mutation(() => VoipLine, { description: 'Adds a VoIP line; CONFLICT when the number is in service on another line' })
  addVoipLine(@Arg('input', () => AddVoipLineInput) input: AddVoipLineInput, @Ctx() ctx: Context) {
    return withTariff(ctx, addVoipLine(ctx, input));
  }

  @Mutation(() => VoipLine, { description: 'Changes label, monthly charge or tariff; CONFLICT when expectedVersion is stale' })
  updateVoipLine(@Arg('input', () => UpdateVoipLineInput) input: UpdateVoipLineInput, @Ctx() ctx: Context) {
    return withTariff(ctx, updateVoipLine(ctx, input));
  }

  @Mutation(() => VoipLine, { description: 'Ends a line on its last day of service, with a reason' })
  expireVoipLine(@Arg('input', () => ExpireVoipLineInput) input: ExpireVoipLineInput, @Ctx() ctx: Context) {
    return withTariff(ctx, expireVoipLine(ctx, input));
  }

  @Mutation(() => CdrImport, {
    description:
      'Imports an Asterisk Master.csv file (its text): calls matched to lines by number, rated, stored with their rollups. ' +
      'All or nothing: with a bad row nothing is imported and `errors` lists the rows by line number. With customerId, only that customer’s lines match',
  })
  importCallRecords(@Arg('input', () => ImportCallRecordsInput) input: ImportCallRecordsInput, @Ctx() ctx: Context) {
    return importCdrFile(ctx, { fileName: input.fileName, text: input.csv, customerId: input.customerId ?? null, source: CdrImportSource.UPLOAD });
  }

  @Mutation(() => VoipRating, { description: "Sets a customer's default tariff and call markups (replaces them)" })
  async setVoipCustomerRating(@Arg('input', () => VoipCustomerRatingInput) input: VoipCustomerRatingInput, @Ctx() ctx: Context): Promise<VoipRating> {
    const saved = await setVoipCustomerRating(ctx, input);
    const tariff = saved.defaultTariffId ? await currentManager(ctx.db).findOneBy(VoipTariff, { id: saved.defaultTariffId }) : null;
    return {
      defaultTariffId: saved.defaultTariffId,
      defaultTariffName: tariff?.name ?? null,
      classMarkups: markupList(saved.classMarkups),
      fallbackMarkupPercent: saved.fallbackMarkupPercent,
      version: saved.version,
    };
  }
}

@Resolver(() => VoipLine)
export class VoipLineFieldsResolver {
  @FieldResolver(() => VoipLineStatus)
  status(@Root() line: VoipLine): VoipLineStatus {
    const d = today();
    if (line.startDate > d) return VoipLineStatus.PENDING;
    return line.endDate !== null && line.endDate <= d ? VoipLineStatus.EXPIRED : VoipLineStatus.ACTIVE;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The line's own tariff; null: the customer's default applies" })
  tariffId(@Root() line: VoipLine) {
    return line.tariffId;
  }

  @FieldResolver(() => String, { nullable: true })
  tariffName(@Root() line: VoipLine) {
    return line.tariff?.name ?? null;
  }
}

@Resolver(() => VoipTariff)
export class VoipTariffResolver {
  @Query(() => [VoipTariff], { description: 'The VoIP tariffs of the catalogue, by name' })
  voipTariffs(@Ctx() ctx: Context, @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean) {
    return currentManager(ctx.db).find(VoipTariff, {
      where: includeInactive ? {} : { active: true },
      relations: { rateRows: true },
      order: { name: 'ASC' },
    });
  }

  @FieldResolver(() => [VoipTariffRate], { description: 'Per call class; a class not listed has no rate and no markup' })
  rates(@Root() tariff: VoipTariff) {
    const order = ['local', 'national', 'mobile', 'international', 'inbound', 'toll_free'];
    return [...(tariff.rateRows ?? [])].sort((a, b) => order.indexOf(a.callClass) - order.indexOf(b.callClass));
  }

  @Mutation(() => VoipTariff)
  async createVoipTariff(@Arg('input', () => VoipTariffInput) input: VoipTariffInput, @Ctx() ctx: Context) {
    const t = await createVoipTariff(ctx, input);
    return currentManager(ctx.db).findOneOrFail(VoipTariff, { where: { id: t.id }, relations: { rateRows: true } });
  }

  @Mutation(() => VoipTariff, { description: 'Replaces a tariff’s terms; CONFLICT when expectedVersion is stale' })
  async updateVoipTariff(@Arg('input', () => UpdateVoipTariffInput) input: UpdateVoipTariffInput, @Ctx() ctx: Context) {
    const t = await updateVoipTariff(ctx, input);
    return currentManager(ctx.db).findOneOrFail(VoipTariff, { where: { id: t.id }, relations: { rateRows: true } });
  }
}
