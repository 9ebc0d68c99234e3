import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { EntityManager } from 'typeorm';
import { audit } from '../../kernel/audit';
import { badInput, conflict, mapUniqueViolation } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import { inTransaction } from '../../kernel/transaction';
import { isUuid } from '../../kernel/validators';
import { addRecord, findRecordInScope, writeChanges, type RecordKind } from '../customers';
import type { AddVoipLineInput, ExpireVoipLineInput, UpdateVoipLineInput } from './voip.inputs';
import { VoipLine } from './voip-line.entity';
import { VoipTariff } from './voip-tariff.entity';

const lines: RecordKind<VoipLine> = { entity: VoipLine, table: 'voip_line', label: 'VoIP line', auditName: 'voip.line' };

/** Today in UTC, YYYY-MM-DD. */
export const today = () => new Date().toISOString().slice(0, 10);

const realDay = (d: string, field: string) => {
  const t = new Date(`${d}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== d) throw badInput(field, `${d} is not a date`);
  return d;
};

/**
 * A number as agents type it, checked with libphonenumber-js (metadata for every country):
 * E.164 with a plus, or national in South Africa or the UK. Returns E.164.
 */
export function normaliseLineNumber(raw: string): string {
  const s = raw.trim();
  const tries = s.startsWith('+') ? [parsePhoneNumberFromString(s)] : [parsePhoneNumberFromString(s, 'ZA'), parsePhoneNumberFromString(s, 'GB')];
  const valid = tries.find((p) => p?.isValid());
  if (!valid) throw badInput('number', `"${raw}" is not a valid phone number: give it as +27215550123 (E.164), or a South African or UK number as dialled`);
  return valid.number;
}

/** A tariff may be given to a line or a customer while it is active. */
export async function checkTariff(em: EntityManager, id: string | null | undefined, field: string): Promise<void> {
  if (id === null || id === undefined) return;
  const t = isUuid(id) ? await em.findOneBy(VoipTariff, { id }) : null;
  if (!t) throw badInput(field, 'Tariff not found');
  if (!t.active) throw badInput(field, `The tariff "${t.name}" is no longer offered`);
}

async function checkNumberFree(em: EntityManager, number: string, from: string, exceptId?: string) {
  const [clash] = await em.query(
    `SELECT l.id FROM voip_line l WHERE l.number = $1 AND (l.end_date IS NULL OR l.end_date >= $2::date) AND l.id IS DISTINCT FROM $3::uuid LIMIT 1`,
    [number, from, exceptId ?? null],
  );
  // Not which customer has it: the caller may not see that customer.
  if (clash) throw conflict(`${number} is already in service on a line (until that line is expired, the number cannot be added again)`, 'number');
}

export function addVoipLine(ctx: RequestContext, input: AddVoipLineInput): Promise<VoipLine> {
  const number = normaliseLineNumber(input.number);
  const startDate = realDay(input.startDate ?? today(), 'startDate');
  return addRecord(ctx, { ...lines, beforeWrite: async (_ctx, em) => {
    await checkTariff(em, input.tariffId, 'tariffId');
    await checkNumberFree(em, number, startDate);
  } }, input.customerId, {
    number,
    lineType: input.lineType,
    label: input.label?.trim() || null,
    monthlyChargeCents: input.monthlyChargeCents,
    startDate,
    tariffId: input.tariffId ?? null,
  }).catch((e) => mapUniqueViolation(e, { voip_line_number_current: 'number' }));
}

export const updateVoipLine = (ctx: RequestContext, { id, expectedVersion, ...fields }: UpdateVoipLineInput) =>
  inTransaction(ctx.db, async (em) => {
    const current = await findRecordInScope(ctx, em, lines, id);
    if (fields.tariffId !== undefined && fields.tariffId !== current.tariffId) await checkTariff(em, fields.tariffId, 'tariffId');
    const patch = { ...fields, label: fields.label === undefined ? undefined : fields.label?.trim() || null };
    const changed = await writeChanges(ctx, em, { ...lines, id, customerId: current.customerId }, current, expectedVersion, patch);
    return changed ? em.findOneByOrFail(VoipLine, { id }) : current;
  });

/**
 * Ends a line's service on `endDate` (its last day; today by default): calls after it no
 * longer match the line, and the number can go on a new line from the next day.
 */
export const expireVoipLine = (ctx: RequestContext, input: ExpireVoipLineInput) =>
  inTransaction(ctx.db, async (em) => {
    const current = await findRecordInScope(ctx, em, lines, input.id);
    if (current.endDate) throw conflict(`This line was already expired (last day ${current.endDate})`, 'id');
    const endDate = realDay(input.endDate ?? today(), 'endDate');
    if (endDate < current.startDate) throw badInput('endDate', `The end date cannot be before the line started (${current.startDate})`);
    await em.update(VoipLine, { id: current.id }, { endDate });
    await audit(em, ctx, {
      customerId: current.customerId,
      action: 'voip.line.expire',
      target: `voip_line:${current.id}`,
      changes: [
        { field: 'endDate', oldValue: null, newValue: endDate },
        { field: 'reason', oldValue: null, newValue: input.reason.trim() },
      ],
    });
    return em.findOneByOrFail(VoipLine, { id: current.id });
  });

