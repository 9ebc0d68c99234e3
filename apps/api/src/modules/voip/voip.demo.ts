import { demoFakers, insertChunked } from '../../kernel/demo';
import type { DemoSeed } from '../../kernel/module';
import { CallClass } from './call-class';
import { storeCalls, type RatedCall } from './call-store';
import { classify } from './destinations';
import { markupTerms } from './markups';
import { rateCall } from './rating';
import { loadTariffTerms, NO_MARKUPS } from './tariff-terms';
import { VoipCustomerRating } from './voip-customer-rating.entity';
import { VoipLine, VoipLineType } from './voip-line.entity';
import { VoipTariff, VoipTariffRate } from './voip-tariff.entity';

const rate = (callClass: CallClass, ratePerMinuteCents: number | null, more: Partial<VoipTariffRate> = {}) => ({
  callClass, ratePerMinuteCents, billingIncrementSeconds: 60, minimumChargeCents: 0, connectionFeeCents: 0, markupPercent: null, ...more,
});

/** The demo catalogue: a per-minute home tariff, a per-second business one, and a markup-only one. */
const TARIFFS = [
  {
    name: 'Home Voice', description: 'Per-minute billing; free toll-free calls', fallbackMarkupPercent: 40,
    rates: [rate(CallClass.LOCAL, 35), rate(CallClass.NATIONAL, 45), rate(CallClass.MOBILE, 89), rate(CallClass.INBOUND, 0), rate(CallClass.TOLL_FREE, 0),
      rate(CallClass.INTERNATIONAL, null, { markupPercent: 50 })],
  },
  {
    name: 'Business Voice', description: 'Per-second billing after the first 30 seconds, connection fee 10c', fallbackMarkupPercent: 25,
    rates: [rate(CallClass.LOCAL, 30, { billingIncrementSeconds: 1, minimumChargeCents: 15, connectionFeeCents: 10 }),
      rate(CallClass.NATIONAL, 39, { billingIncrementSeconds: 1, minimumChargeCents: 20, connectionFeeCents: 10 }),
      rate(CallClass.MOBILE, 79, { billingIncrementSeconds: 1, minimumChargeCents: 40, connectionFeeCents: 10 }),
      rate(CallClass.INBOUND, 0, { billingIncrementSeconds: 1 }), rate(CallClass.TOLL_FREE, 0, { billingIncrementSeconds: 1 })],
  },
  { name: 'Pay as you go', description: 'No fixed rates: cost plus markup', fallbackMarkupPercent: 60, rates: [rate(CallClass.MOBILE, null, { markupPercent: 80 })] },
];

const DIALLED = ['0825550', '0835550', '0725550', '0215550', '0115550', '0800200', '00441614960', '0012125550', '002634'];
const DIALLED_UK = ['07700900', '02079460', '01614960', '0800000', '0027825550', '001212555'];

/**
 * Tariffs, VoIP lines for about a third of demo customers (one or two each), and three
 * months of calls per line rated by the real rating code and stored with their rollups, in
 * bulk statements (a few per 20,000 calls).
 */
export async function seedDemoVoip(demo: DemoSeed) {
  const { em } = demo;
  const [{ n }] = await em.query('SELECT count(*)::int AS n FROM voip_tariff');
  if (n === 0) {
    for (const t of TARIFFS) {
      const saved = await em.save(em.create(VoipTariff, { name: t.name, description: t.description, fallbackMarkupPercent: t.fallbackMarkupPercent, active: true }));
      await em.insert(VoipTariffRate, t.rates.map((r) => ({ ...r, tariffId: saved.id })));
    }
  }
  if (!demo.made.length) return;
  const tariffs = await em.find(VoipTariff, { order: { name: 'ASC' } });
  const byName = new Map(tariffs.map((t) => [t.name, t.id]));
  const terms = await loadTariffTerms(em);
  const f = demoFakers(demo.seed, 'voip', demo.first);

  const lines: (Partial<VoipLine> & { id: string })[] = [];
  const ratings: Partial<VoipCustomerRating>[] = [];
  for (const c of demo.made) {
    if (c.index % 3 !== 1) continue;
    const fk = f.for(c.uk);
    const count = c.business ? fk.number.int({ min: 1, max: 2 }) : 1;
    ratings.push({ customerId: c.id, defaultTariffId: byName.get(c.business ? 'Business Voice' : 'Home Voice')!, classMarkups: { international: 45 }, fallbackMarkupPercent: 35 });
    for (let k = 0; k < count; k++) {
      const serial = String(5_000_000 + c.index * 2 + k).padStart(7, '0');
      const joined = c.joinedAt.toISOString().slice(0, 10);
      const start = joined < '2026-06-01' ? fk.date.between({ from: c.joinedAt, to: '2026-06-01T00:00:00Z' }).toISOString().slice(0, 10) : joined;
      lines.push({
        id: fk.string.uuid(),
        customerId: c.id,
        number: c.uk ? `+44207${serial}` : `+2721${serial}`,
        lineType: k === 0 ? (c.business ? VoipLineType.HOSTED_PBX : VoipLineType.SIP_ACCOUNT) : VoipLineType.FAX,
        label: k === 0 ? (c.business ? 'Reception' : 'Home phone') : 'Fax',
        monthlyChargeCents: c.business ? 14900 : 6900,
        startDate: start,
        tariffId: fk.number.int(9) === 0 ? byName.get('Pay as you go')! : null,
        classMarkups: {},
        fallbackMarkupPercent: null,
      });
    }
  }
  await insertChunked(em, VoipCustomerRating, ratings);
  await insertChunked(em, VoipLine, lines);

  const ratingOf = new Map(ratings.map((r) => [r.customerId!, r]));
  const uk = new Set(demo.made.filter((c) => c.uk).map((c) => c.id));
  const calls: RatedCall[] = [];
  for (const l of lines) {
    const fk = f.for(uk.has(l.customerId!));
    const customer = ratingOf.get(l.customerId!)!;
    const tariff = terms.get(l.tariffId ?? customer.defaultTariffId!) ?? null;
    for (let m = 0; m < 3; m++) {
      for (let i = 0; i < fk.number.int({ min: 2, max: 8 }); i++) {
        const startedAt = new Date(Date.UTC(2026, 8 + m, fk.number.int({ min: 1, max: 28 }), fk.number.int({ min: 7, max: 19 }), fk.number.int(59), fk.number.int(59)));
        if (startedAt.toISOString().slice(0, 10) < l.startDate!) continue; // before the line was in service
        const inbound = fk.number.int(3) === 0;
        const billsec = fk.number.int(9) === 0 ? fk.number.int({ min: 600, max: 2400 }) : fk.number.int({ min: 5, max: 400 });
        const prefix = fk.helpers.arrayElement(uk.has(l.customerId!) ? DIALLED_UK : DIALLED);
        const dialled = prefix + fk.string.numeric(Math.max(0, 10 - prefix.replace(/^00\d{2}/, '0').length));
        const other = uk.has(l.customerId!) ? dialled.replace(/^00/, '+').replace(/^0/, '+44') : dialled.replace(/^00/, '+').replace(/^0/, '+27');
        const { callClass, destination } = inbound ? { callClass: CallClass.INBOUND, destination: null } : classify(l.number!, other);
        const rated = rateCall(
          { callClass, billsec, cdrCostCentiCents: null, suggestedRetailPerMinuteCents: destination?.suggestedRetailPerMinuteCents ?? null, carrierCostPerMinuteCents: destination?.carrierCostPerMinuteCents ?? null },
          tariff,
          NO_MARKUPS,
          markupTerms(customer.classMarkups, customer.fallbackMarkupPercent),
        );
        calls.push({
          customerId: l.customerId!, lineId: l.id, uniqueId: `demo-${l.id.slice(0, 8)}-${m}-${i}`, startedAt,
          direction: inbound ? 'inbound' : 'outbound', src: inbound ? other : l.number!, dst: inbound ? l.number! : dialled,
          otherParty: other, destinationLabel: destination?.label ?? null, callClass, durationSeconds: billsec + 8, billsec,
          billedSeconds: rated.billedSeconds, chargeCents: rated.chargeCents, method: rated.method, ratingSource: rated.source,
          costBase: rated.costBase, importId: null,
        });
      }
    }
  }
  await storeCalls(em, calls);
}
