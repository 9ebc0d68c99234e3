import type { EntityManager } from 'typeorm';
import { audit, diff, patchFrom } from '../../kernel/audit';
import { badInput, conflict, forbidden, mapUniqueViolation, notFound } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import { currentManager, inTransaction } from '../../kernel/transaction';
import { isUuid } from '../../kernel/validators';
import type { CreateDataPackageInput, UpdateDataPackageInput } from './catalogue.inputs';
import { DataPackage, VatTreatment } from './data-package.entity';

const UNIQUE = { data_package_name_key: 'name' };

export const listDataPackages = (ctx: RequestContext, includeInactive: boolean) => {
  const qb = currentManager(ctx.db).getRepository(DataPackage).createQueryBuilder('p');
  if (!includeInactive) qb.where('p.active');
  return qb.orderBy('p.active', 'DESC').addOrderBy('p.monthly_price_cents', 'ASC').addOrderBy('p.name', 'ASC').getMany();
};

/**
 * A package by id for a data account, as BAD_USER_INPUT on `field` when missing, no longer
 * offered (`mustBeActive`), or priced in another currency than the customer is billed in.
 */
export async function findDataPackage(em: EntityManager, id: string, opts: { field: string; mustBeActive: boolean; currency?: string }) {
  const pkg = isUuid(id) ? await em.findOneBy(DataPackage, { id }) : null;
  if (!pkg) throw badInput(opts.field, 'No such data package');
  if (opts.mustBeActive && !pkg.active) throw badInput(opts.field, `Package ${pkg.name} is no longer offered`);
  if (opts.currency && pkg.currency !== opts.currency) {
    throw badInput(opts.field, `Package ${pkg.name} is priced in ${pkg.currency}; this customer is billed in ${opts.currency}`);
  }
  return pkg;
}

/** The active packages in `currency`, cheapest first: what an account may be put on. */
export const offeredDataPackages = (em: EntityManager, currency: string) =>
  em.getRepository(DataPackage).createQueryBuilder('p').where('p.active AND p.currency = :currency', { currency }).orderBy('p.monthly_price_cents').addOrderBy('p.name').getMany();

/** The catalogue is the ISP's own: users and tokens tied to a reseller never change it. */
function assertNotReseller(ctx: RequestContext) {
  if (ctx.scope.resellerId !== null) throw forbidden('The catalogue belongs to the ISP; reseller users cannot change it');
}

function checkOverage(overageBilled: boolean, overageCentsPerGb: number | null | undefined) {
  if (overageBilled && overageCentsPerGb == null) throw badInput('overageCentsPerGb', 'Give the price per GB when overage is billed');
}

export function createDataPackage(ctx: RequestContext, input: CreateDataPackageInput): Promise<DataPackage> {
  assertNotReseller(ctx);
  checkOverage(input.overageBilled ?? false, input.overageCentsPerGb);
  return inTransaction(ctx.db, async (em) => {
    const values = {
      name: input.name.trim(),
      downloadKbps: input.downloadKbps,
      uploadKbps: input.uploadKbps,
      dataCapBytes: input.dataCapBytes ?? null,
      monthlyPriceCents: input.monthlyPriceCents,
      currency: input.currency ?? 'ZAR',
      vatTreatment: input.vatTreatment ?? VatTreatment.STANDARD,
      active: input.active ?? true,
      overageBilled: input.overageBilled ?? false,
      overageCentsPerGb: input.overageCentsPerGb ?? null,
    };
    if (!values.name) throw badInput('name', 'Name cannot be empty');
    const saved = await em.save(em.create(DataPackage, values)).catch((e) => mapUniqueViolation(e, UNIQUE));
    await audit(em, ctx, { customerId: null, action: 'catalogue.package.create', target: `data_package:${saved.id}`, record: values });
    return saved;
  });
}

/** Fields an update may leave out but not clear (null is refused, not stored). */
const REQUIRED = { name: 'Name', downloadKbps: 'Download speed', uploadKbps: 'Upload speed', monthlyPriceCents: 'Monthly price', vatTreatment: 'VAT treatment', active: 'Active', overageBilled: 'Overage billed' } as const;

export function updateDataPackage(ctx: RequestContext, { id, expectedVersion, ...fields }: UpdateDataPackageInput): Promise<DataPackage> {
  assertNotReseller(ctx);
  for (const [field, label] of Object.entries(REQUIRED)) {
    if ((fields as Record<string, unknown>)[field] === null) throw badInput(field, `${label} cannot be empty`);
  }
  return inTransaction(ctx.db, async (em) => {
    const current = isUuid(id) ? await em.findOne(DataPackage, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!current) throw notFound('Data package');
    if (current.version !== expectedVersion) {
      throw conflict(`The package was changed by someone else (version ${current.version}, you had ${expectedVersion}); reload and try again`, 'expectedVersion');
    }
    if (fields.name !== undefined) fields.name = fields.name.trim();
    const next = { ...current, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) } as DataPackage;
    checkOverage(next.overageBilled, next.overageCentsPerGb);
    const changes = diff(current as never, fields as never);
    if (!changes.length) return current;
    await em
      .createQueryBuilder()
      .update(DataPackage)
      .set(patchFrom(changes) as never)
      .where('id = :id', { id })
      .execute()
      .catch((e) => mapUniqueViolation(e, UNIQUE));
    // New speeds reach RADIUS through data_package's trigger (data-accounts/radius.ts), in this transaction.
    await audit(em, ctx, { customerId: null, action: 'catalogue.package.update', target: `data_package:${id}`, changes });
    return em.findOneByOrFail(DataPackage, { id });
  });
}
