import type { EntityManager } from 'typeorm';
import { audit, diff } from '../../kernel/audit';
import { badInput, conflict, forbidden, mapUniqueViolation, notFound } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import { inTransaction } from '../../kernel/transaction';
import { isUuid } from '../../kernel/validators';
import type { ClassMarkup } from './markups';
import type { TariffRateInput, UpdateVoipTariffInput, VoipTariffInput } from './voip.inputs';
import { VoipTariff, VoipTariffRate } from './voip-tariff.entity';

/** Percent with at most two decimals (stored as numeric(7,2); rating works in basis points). */
export function checkPercent(value: number | null | undefined, field: string) {
  if (value === null || value === undefined) return;
  if (!Number.isFinite(value) || Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) throw badInput(field, 'A markup is a percent with at most two decimals, e.g. 12.5');
  if (value < -100 || value > 1000) throw badInput(field, 'A markup must be between -100 and 1000 percent');
}

export function checkClassMarkups(list: ClassMarkup[], field: string) {
  const seen = new Set<string>();
  list.forEach((m, i) => {
    if (seen.has(m.callClass)) throw badInput(`${field}.${i}.callClass`, `${m.callClass} is listed twice`);
    seen.add(m.callClass);
    checkPercent(m.percent, `${field}.${i}.percent`);
  });
}

/** The catalogue is shared by every reseller: only staff without a reseller scope edit it. */
function checkCatalogueEditor(ctx: RequestContext) {
  if (ctx.scope.resellerId) throw forbidden('The catalogue is shared by all resellers; only staff without a reseller edit it');
}

function checkRates(rates: TariffRateInput[]) {
  const seen = new Set<string>();
  rates.forEach((r, i) => {
    if (seen.has(r.callClass)) throw badInput(`rates.${i}.callClass`, `${r.callClass} is listed twice`);
    seen.add(r.callClass);
    checkPercent(r.markupPercent, `rates.${i}.markupPercent`);
  });
}

const rateRecord = (r: TariffRateInput) => ({
  callClass: r.callClass,
  ratePerMinuteCents: r.ratePerMinuteCents ?? null,
  billingIncrementSeconds: r.billingIncrementSeconds ?? 60,
  minimumChargeCents: r.minimumChargeCents ?? 0,
  connectionFeeCents: r.connectionFeeCents ?? 0,
  markupPercent: r.markupPercent ?? null,
});

async function writeRates(em: EntityManager, tariffId: string, rates: TariffRateInput[]) {
  await em.delete(VoipTariffRate, { tariffId });
  if (rates.length) await em.insert(VoipTariffRate, rates.map((r) => ({ tariffId, ...rateRecord(r) })));
}

const uniqueName = { voip_tariff_name_key: 'name' };

export function createVoipTariff(ctx: RequestContext, input: VoipTariffInput): Promise<VoipTariff> {
  checkCatalogueEditor(ctx);
  checkPercent(input.fallbackMarkupPercent, 'fallbackMarkupPercent');
  checkRates(input.rates);
  return inTransaction(ctx.db, async (em) => {
    const saved = await em.save(em.create(VoipTariff, {
      name: input.name.trim(),
      description: input.description?.trim() || null,
      active: input.active ?? true,
      fallbackMarkupPercent: input.fallbackMarkupPercent ?? null,
    }));
    await writeRates(em, saved.id, input.rates);
    await audit(em, ctx, { customerId: null, action: 'voip.tariff.create', target: `voip_tariff:${saved.id}`, record: { name: saved.name, active: saved.active, fallbackMarkupPercent: saved.fallbackMarkupPercent, rates: input.rates.map(rateRecord) } });
    return saved;
  }).catch((e) => mapUniqueViolation(e, uniqueName));
}

export function updateVoipTariff(ctx: RequestContext, input: UpdateVoipTariffInput): Promise<VoipTariff> {
  checkCatalogueEditor(ctx);
  checkPercent(input.fallbackMarkupPercent, 'fallbackMarkupPercent');
  checkRates(input.rates);
  return inTransaction(ctx.db, async (em) => {
    const current = isUuid(input.id) ? await em.findOne(VoipTariff, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!current) throw notFound('Tariff');
    if (current.version !== input.expectedVersion) throw conflict(`The tariff was changed by someone else (version ${current.version}, you had ${input.expectedVersion}); reload and try again`, 'expectedVersion');
    const oldRates = (await em.find(VoipTariffRate, { where: { tariffId: current.id }, order: { callClass: 'ASC' } })).map(({ tariffId: _t, tariff: _x, ...r }) => r);
    const fields = { name: input.name.trim(), description: input.description?.trim() || null, active: input.active ?? true, fallbackMarkupPercent: input.fallbackMarkupPercent ?? null };
    const newRates = [...input.rates].sort((a, b) => a.callClass.localeCompare(b.callClass)).map(rateRecord);
    const changes = diff(current as never, fields);
    if (JSON.stringify(oldRates) !== JSON.stringify(newRates)) changes.push({ field: 'rates', oldValue: oldRates, newValue: newRates });
    if (!changes.length) return current;
    await em.update(VoipTariff, { id: current.id }, { ...fields, version: current.version + 1 });
    await writeRates(em, current.id, input.rates);
    await audit(em, ctx, { customerId: null, action: 'voip.tariff.update', target: `voip_tariff:${current.id}`, changes });
    return em.findOneByOrFail(VoipTariff, { id: current.id });
  }).catch((e) => mapUniqueViolation(e, uniqueName));
}
