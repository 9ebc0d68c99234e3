import { audit, diff } from '../../kernel/audit';
import { conflict } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import { inTransaction } from '../../kernel/transaction';
import { findCustomerInScope } from '../customers';
import { markupMap } from './markups';
import { VoipCustomerRating } from './voip-customer-rating.entity';
import type { VoipCustomerRatingInput } from './voip.inputs';
import { checkTariff } from './voip-line.service';
import { checkClassMarkups, checkPercent } from './voip-tariff.service';

/**
 * Sets a customer's default tariff and markups (seed 004, billing details). The whole set is
 * replaced; every changed value is audited.
 */
export function setVoipCustomerRating(ctx: RequestContext, input: VoipCustomerRatingInput & { expectedVersion?: number | null }) {
  checkClassMarkups(input.classMarkups, 'classMarkups');
  checkPercent(input.fallbackMarkupPercent, 'fallbackMarkupPercent');
  return inTransaction(ctx.db, async (em) => {
    await findCustomerInScope(ctx, input.customerId, em, { lock: true });
    const current = await em.findOneBy(VoipCustomerRating, { customerId: input.customerId });
    if (input.expectedVersion && current && current.version !== input.expectedVersion) {
      throw conflict(`The rating settings were changed by someone else (version ${current.version}); reload and try again`, 'expectedVersion');
    }
    const next = {
      defaultTariffId: input.defaultTariffId ?? null,
      classMarkups: markupMap(input.classMarkups),
      fallbackMarkupPercent: input.fallbackMarkupPercent ?? null,
    };
    if (next.defaultTariffId !== (current?.defaultTariffId ?? null)) await checkTariff(em, next.defaultTariffId, 'defaultTariffId');
    const before = { defaultTariffId: current?.defaultTariffId ?? null, fallbackMarkupPercent: current?.fallbackMarkupPercent ?? null };
    const changes = diff(before, { defaultTariffId: next.defaultTariffId, fallbackMarkupPercent: next.fallbackMarkupPercent });
    const oldMarkups = current?.classMarkups ?? {};
    const canonical = (m: object) => JSON.stringify(Object.entries(m).sort());
    if (canonical(oldMarkups) !== canonical(next.classMarkups)) changes.push({ field: 'classMarkups', oldValue: oldMarkups, newValue: next.classMarkups });
    if (!changes.length && current) return current;
    const saved = await em.save(VoipCustomerRating, { ...(current ?? { customerId: input.customerId }), ...next });
    if (changes.length) await audit(em, ctx, { customerId: input.customerId, action: 'voip.rating.update', target: `voip_customer_rating:${input.customerId}`, changes });
    return em.findOneByOrFail(VoipCustomerRating, { customerId: saved.customerId });
  });
}
