import { demoFakers, insertAudited, insertChunked } from '../../kernel/demo';
import type { DemoSeed } from '../../kernel/module';
import {
  AnnualIncreaseProfile,
  BankAccountType,
  BillingAccount,
  BillingCycle,
  BillLength,
  LowInvoiceRule,
  PaymentMethod,
  PaymentTermsKind,
  VerificationState,
} from './billing-account.entity';
import { encryptSecret } from './billing-crypto';
import { balanceUpdateSql, forCustomers, rollupUpsertSql } from './ledger.sql';

const ZA_BANKS: readonly (readonly [string, string])[] = [
  ['FNB', '250655'],
  ['Standard Bank', '051001'],
  ['Absa', '632005'],
  ['Nedbank', '198765'],
  ['Capitec', '470010'],
] as const;
const UK_BANKS: readonly (readonly [string, string])[] = [
  ['Barclays', '200000'],
  ['HSBC', '400000'],
  ['Lloyds', '309634'],
  ['NatWest', '600001'],
] as const;
const ZA_PRICES = [29900, 49900, 69900, 89900, 119900, 149900];
const UK_PRICES = [2500, 3500, 4500, 6000];

/** How a demo customer pays: on time, late, stopped paying some months ago, or half of each bill. */
const CLASSES = { onTime: 0, late: 1, arrears: 2, partial: 3 } as const;

/**
 * Billing for every demo customer: billing details (mixed methods, debit orders with encrypted
 * account numbers, cards on file as tokens), and a ledger of up to 12 months of approved
 * invoices with payments (mostly on time, some late, some missing, some partial), credit
 * notes and late-fee adjustments, so the age analysis shows every bucket. The accounts come
 * from the JS fakers; the ledger is generated set-based in SQL, one statement per table.
 */
export async function seedDemoBilling(demo: DemoSeed) {
  if (!demo.made.length) return;
  const em = demo.em;
  const f = demoFakers(demo.seed, 'billing', demo.first);
  const accounts: Partial<BillingAccount>[] = [];
  const plan: { id: string; idx: number; uk: boolean; net: number; vat: number; klass: number; stopped: number; late: number; termsKind: string; termsValue: number; method: string }[] = [];
  for (const c of demo.made) {
    const fk = f.for(c.uk);
    const roll = fk.number.int(99);
    const method = roll < 45 ? PaymentMethod.DEBIT_ORDER : roll < 80 ? PaymentMethod.EFT : roll < 90 ? PaymentMethod.CREDIT_CARD : PaymentMethod.CASH;
    const [bank, branch] = fk.helpers.arrayElement(c.uk ? UK_BANKS : ZA_BANKS);
    const debitDay = fk.helpers.arrayElement([1, 15, 25, 28]);
    const accountNumber = fk.string.numeric(c.uk ? 8 : 11);
    const termsRoll = fk.number.int(9);
    const terms =
      termsRoll < 7 ? { kind: PaymentTermsKind.METHOD_DEFAULT, value: null } : termsRoll < 9 ? { kind: PaymentTermsKind.DAYS, value: 14 } : { kind: PaymentTermsKind.DAY_OF_MONTH, value: -1 };
    const vat = c.uk ? 2000 : 1500;
    const cardBrand = fk.helpers.arrayElement(['Visa', 'Mastercard']);
    accounts.push({
      customerId: c.id,
      paymentMethod: method,
      debitBank: method === PaymentMethod.DEBIT_ORDER ? bank : null,
      debitBranchCode: method === PaymentMethod.DEBIT_ORDER ? branch : null,
      debitAccountHolder: method === PaymentMethod.DEBIT_ORDER ? `${c.firstName[0]} ${c.lastName}` : null,
      debitAccountNumberEnc: method === PaymentMethod.DEBIT_ORDER ? encryptSecret(accountNumber) : null,
      debitAccountLast4: method === PaymentMethod.DEBIT_ORDER ? accountNumber.slice(-4) : null,
      debitAccountType: method === PaymentMethod.DEBIT_ORDER ? fk.helpers.arrayElement([BankAccountType.CHEQUE, BankAccountType.SAVINGS]) : null,
      debitDay: method === PaymentMethod.DEBIT_ORDER ? debitDay : null,
      cardToken: method === PaymentMethod.CREDIT_CARD ? `tok_demo_${fk.string.alphanumeric(16)}` : null,
      cardBrand: method === PaymentMethod.CREDIT_CARD ? cardBrand : null,
      cardLast4: method === PaymentMethod.CREDIT_CARD ? fk.string.numeric(4) : null,
      cardExpiry: method === PaymentMethod.CREDIT_CARD ? `${String(fk.number.int({ min: 1, max: 12 })).padStart(2, '0')}/${fk.number.int({ min: 27, max: 31 })}` : null,
      verification: method === PaymentMethod.DEBIT_ORDER || method === PaymentMethod.CREDIT_CARD ? (fk.number.int(19) === 0 ? VerificationState.PENDING : VerificationState.VERIFIED) : VerificationState.UNVERIFIED,
      billingCycle: fk.number.int(19) === 0 ? BillingCycle.MANUAL : BillingCycle.MONTHLY,
      paymentTermsKind: terms.kind,
      paymentTermsValue: terms.value,
      vatRateBp: vat,
      creditLimitCents: fk.number.int(3) === 0 ? fk.helpers.arrayElement(c.uk ? [50000, 100000] : [500000, 1000000, 2500000]) : null,
      doNotSuspend: fk.number.int(24) === 0,
      billStyle: c.uk ? 'Sightline UK' : 'Sightline',
      billLengthEmail: BillLength.SHORT,
      billLengthDownload: BillLength.FULL,
      billLengthPrint: fk.helpers.arrayElement([BillLength.LONG, BillLength.SHORT]),
      lowInvoiceRule: fk.helpers.arrayElement([LowInvoiceRule.CREATE_ANYWAY, LowInvoiceRule.CREATE_ANYWAY, LowInvoiceRule.ROLL_FORWARD, LowInvoiceRule.LOW_USAGE_CHARGE]),
      lowInvoiceThresholdCents: c.uk ? 500 : 5000,
      lowUsageChargeCents: c.uk ? 300 : 2500,
      annualIncreaseProfile: fk.helpers.arrayElement([AnnualIncreaseProfile.CPI, AnnualIncreaseProfile.CPI, AnnualIncreaseProfile.NONE, c.uk ? AnnualIncreaseProfile.RPI : AnnualIncreaseProfile.FIXED_AMOUNT]),
      annualIncreaseDate: `2027-0${fk.number.int({ min: 1, max: 6 })}-01`,
    });
    const classRoll = fk.number.int(99);
    const effectiveTerms =
      terms.kind === PaymentTermsKind.METHOD_DEFAULT
        ? method === PaymentMethod.DEBIT_ORDER
          ? { kind: 'dom', value: debitDay }
          : { kind: 'days', value: method === PaymentMethod.EFT ? 30 : method === PaymentMethod.CASH ? 7 : 0 }
        : { kind: terms.kind === PaymentTermsKind.DAYS ? 'days' : 'dom', value: terms.value! };
    plan.push({
      id: c.id,
      idx: c.index,
      uk: c.uk,
      net: fk.helpers.arrayElement(c.uk ? UK_PRICES : ZA_PRICES),
      vat,
      klass: classRoll < 70 ? CLASSES.onTime : classRoll < 85 ? CLASSES.late : classRoll < 95 ? CLASSES.arrears : CLASSES.partial,
      stopped: fk.number.int({ min: 1, max: 6 }),
      late: fk.number.int({ min: 8, max: 75 }),
      termsKind: effectiveTerms.kind,
      termsValue: effectiveTerms.value,
      method: method === PaymentMethod.CREDIT_CARD ? 'credit_card' : method,
    });
  }
  // The insert trigger made every account with the defaults: write the demo's over them.
  const ids = demo.made.map((c) => c.id);
  await em.query(`DELETE FROM billing_account WHERE customer_id = ANY($1::uuid[])`, [ids]);
  await insertChunked(em, BillingAccount, accounts);
  // What the ledger takes from each customer, read once by id: the opening balance (the balance
  // from the old system, 13 months back) and the invoice snapshot.
  await em.query(
    `CREATE TEMP TABLE demo_billing_plan (id uuid, idx int, uk boolean, net int, vat int, klass int, stopped int, late int, terms_kind text, terms_value int, method text,
                                          joined date, opening bigint, opening_date date, opening_payment_id uuid, currency text, snapshot jsonb) ON COMMIT DROP`,
  );
  await em.query(
    `INSERT INTO demo_billing_plan
     SELECT p.*, c.joined_at::date, c.balance_cents, (date_trunc('month', CURRENT_DATE) - interval '13 months')::date, gen_random_uuid(), c.currency,
            jsonb_build_object('accountNumber', c.account_number, 'name', c.name, 'companyName', c.company_name, 'vatNumber', c.vat_number,
              'physicalAddress', concat_ws(', ', c.physical_line1, c.physical_line2, c.physical_city, c.physical_region, c.physical_postal_code, c.physical_country),
              'postalAddress', concat_ws(', ', COALESCE(c.postal_line1, c.physical_line1), c.postal_city, c.postal_postal_code, COALESCE(c.postal_country, c.physical_country)))
       FROM unnest($1::uuid[], $2::int[], $3::bool[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[], $9::text[], $10::int[], $11::text[])
       AS p(id, idx, uk, net, vat, klass, stopped, late, terms_kind, terms_value, method) JOIN customer c ON c.id = p.id`,
    [
      plan.map((p) => p.id), plan.map((p) => p.idx), plan.map((p) => p.uk), plan.map((p) => p.net), plan.map((p) => p.vat), plan.map((p) => p.klass),
      plan.map((p) => p.stopped), plan.map((p) => p.late), plan.map((p) => p.termsKind), plan.map((p) => p.termsValue), plan.map((p) => p.method),
    ],
  );
  await em.query(`ANALYZE demo_billing_plan`);
  await em.query(
    `UPDATE billing_account b SET opening_balance_cents = p.opening, opening_date = p.opening_date
       FROM demo_billing_plan p WHERE p.id = b.customer_id AND b.customer_id = ANY($1::uuid[])`,
    [ids],
  );
  // One row per invoice: month m (0 = this month's, issued on the 1st) back to 11, not before the customer joined.
  await em.query(`
    CREATE TEMP TABLE demo_invoice ON COMMIT DROP AS
    WITH months AS (
      SELECT p.id AS customer_id, p.idx, p.uk, p.net, p.vat, p.klass, p.stopped, p.late, p.terms_kind, p.terms_value, p.method, p.joined,
             m, (date_trunc('month', CURRENT_DATE) - make_interval(months => m))::date AS inv_date
        FROM demo_billing_plan p CROSS JOIN generate_series(0, 11) m
       WHERE (date_trunc('month', CURRENT_DATE) - make_interval(months => m))::date >= date_trunc('month', p.joined)::date
    ), dated AS MATERIALIZED ( -- computed once a row; inlined, each use below repeats the expression
      SELECT *, CASE WHEN terms_kind = 'days' THEN inv_date + terms_value
        ELSE (SELECT CASE WHEN d > inv_date THEN d ELSE nd END FROM (SELECT
               CASE WHEN terms_value > 0 THEN LEAST(inv_date + (terms_value - 1), (inv_date + interval '1 month - 1 day')::date)
                    ELSE (inv_date + interval '1 month - 1 day')::date + (terms_value + 1) END AS d,
               CASE WHEN terms_value > 0 THEN LEAST((inv_date + interval '1 month')::date + (terms_value - 1), (inv_date + interval '2 months - 1 day')::date)
                    ELSE (inv_date + interval '2 months - 1 day')::date + (terms_value + 1) END AS nd) x) END AS due_date,
        CASE WHEN uk THEN 'Sightline UK' ELSE 'Sightline' END AS brand,
        -- a usage line on some months, from a hash of the customer and month (deterministic)
        (('x' || substr(md5(idx || ':' || m), 1, 6))::bit(24)::int % 5) AS roll
      FROM months
    )
    , priced AS (
      SELECT d.*, round(net * vat / 10000.0)::bigint AS line_vat,
             CASE WHEN roll = 0 THEN (net / 10) ELSE 0 END AS usage_net,
             CASE WHEN roll = 0 THEN round((net / 10) * vat / 10000.0)::bigint ELSE 0 END AS usage_vat
        FROM dated d
    ), totals AS MATERIALIZED (
      -- A credit note on one invoice in forty.
      SELECT p.*, net + line_vat + usage_net + usage_vat AS total,
             CASE WHEN (idx + m) % 40 = 7 THEN round((net + line_vat) / 10.0)::bigint ELSE 0 END AS credit,
             -- When it is paid: on time (a few days before due), late (weeks after).
             CASE klass WHEN ${CLASSES.late} THEN due_date + late + (m % 3) * 5 ELSE due_date - (idx % 4) END AS paid_on
        FROM priced p
    )
    SELECT gen_random_uuid() AS id, gen_random_uuid() AS payment_id, gen_random_uuid() AS credit_id, NULL::text AS number, t.*,
           -- What is paid: all, nothing for the last months (arrears), or half (partial); nothing not yet paid.
           CASE WHEN paid_on > CURRENT_DATE THEN 0
                WHEN klass = ${CLASSES.arrears} AND m < stopped THEN 0
                WHEN klass = ${CLASSES.partial} THEN CASE WHEN m = 0 THEN 0 ELSE (total - credit) / 2 END
                ELSE total - credit END AS paid,
           row_number() OVER (PARTITION BY brand ORDER BY inv_date, idx) AS seq
      FROM totals t`);


  // Numbers claimed per brand, in order of date: parts loading side by side never share one.
  const counts: { brand: string; n: number }[] = await em.query(`SELECT brand, count(*)::int AS n FROM demo_invoice GROUP BY brand ORDER BY brand`);
  const claimed = await demo.claim<{ brand: string; last_number: number }>(
    `INSERT INTO invoice_number_counter (brand, last_number) SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (brand) DO UPDATE SET last_number = invoice_number_counter.last_number + EXCLUDED.last_number RETURNING brand, last_number`,
    [counts.map((c) => c.brand), counts.map((c) => c.n)],
  );
  const before = claimed.map((c) => Number(c.last_number) - counts.find((k) => k.brand === c.brand)!.n);
  // As invoice.service numbers them (padStart): at least six digits, never cut to six.
  await em.query(
    `UPDATE demo_invoice i SET number = 'INV' || lpad((i.seq + b.before)::text, greatest(6, length((i.seq + b.before)::text)), '0')
       FROM unnest($1::text[], $2::bigint[]) b(brand, before) WHERE b.brand = i.brand`,
    [claimed.map((c) => c.brand), before],
  );
  await em.query(`ANALYZE demo_invoice`);
  await insertAudited(
    em,
    `INSERT INTO invoice (id, customer_id, brand, number, state, invoice_date, due_date, subtotal_cents, vat_cents, total_cents, currency, snapshot, created_at, approved_at)
     SELECT i.id, i.customer_id, i.brand, i.number, 'approved', i.inv_date, i.due_date,
            i.net + i.usage_net, i.line_vat + i.usage_vat, i.total, p.currency, p.snapshot, i.inv_date, i.inv_date
       FROM demo_invoice i JOIN demo_billing_plan p ON p.id = i.customer_id`,
    [],
    {
      'invoice.create': `SELECT ins.customer_id, ins.created_at AS at, 'invoice:' || ins.id AS target,
                                json_build_object('invoiceDate', ins.invoice_date, 'lines', CASE WHEN i.usage_net > 0 THEN 2 ELSE 1 END)::text AS new_value
                           FROM ins JOIN demo_invoice i ON i.id = ins.id`,
      'invoice.approve': `SELECT ins.customer_id, ins.approved_at AS at, 'invoice:' || ins.id AS target,
                                 json_build_object('number', ins.number, 'dueDate', ins.due_date, 'totalCents', ins.total_cents)::text AS new_value FROM ins`,
    },
  );
  // The demo's invoices are history, approved on their dates, as a migration from an old system
  // brings them: the guard against new lines on approved invoices is set aside for the load
  // (seedLoadTriggers), instead of inserting every invoice as a draft and writing it all again.
  await em.query(`
    INSERT INTO invoice_line (customer_id, invoice_id, kind, description, period_start, period_end, quantity_milli, unit_price_cents, vat_rate_bp, net_cents, vat_cents, total_cents, created_at)
    SELECT i.customer_id, i.id, 'recurring'::invoice_line_kind, CASE WHEN i.uk THEN 'Fibre broadband' ELSE 'Fibre ' || (i.net / 1000) || ' Mbps uncapped' END,
           i.inv_date, (i.inv_date + interval '1 month - 1 day')::date, 1000, i.net, i.vat, i.net, i.line_vat, i.net + i.line_vat, i.inv_date
      FROM demo_invoice i
    UNION ALL
    SELECT i.customer_id, i.id, 'usage'::invoice_line_kind, 'Calls and data overage', (i.inv_date - interval '1 month')::date, (i.inv_date - 1), 1000, i.usage_net, i.vat, i.usage_net, i.usage_vat, i.usage_net + i.usage_vat, i.inv_date
      FROM demo_invoice i WHERE i.usage_net > 0`);
  // Each credit note, payment and adjustment with its allocation and audit row, in one statement each.
  await insertAudited(
    em,
    `INSERT INTO credit_note (id, customer_id, invoice_id, issued_on, amount_cents, vat_cents, reason)
     SELECT i.credit_id, i.customer_id, i.id, i.inv_date + 5, i.credit, round(i.credit * i.vat / (10000.0 + i.vat)), 'Outage credit: service down for three days'
       FROM demo_invoice i WHERE i.credit > 0`,
    [],
    { 'credit-note.issue': auditOf.creditNote },
    [`INSERT INTO allocation (customer_id, source_kind, source_id, target_kind, target_id, amount_cents, created_at)
      SELECT customer_id, 'credit_note', id, 'invoice', invoice_id, amount_cents, created_at FROM ins`],
  );
  await insertAudited(
    em,
    `INSERT INTO payment (id, customer_id, kind, received_on, method, reference, amount_cents, created_at)
     SELECT i.payment_id, i.customer_id, 'receipt', i.paid_on, i.method::receipt_method, 'Payment ' || i.number, i.paid, i.paid_on
       FROM demo_invoice i WHERE i.paid > 0`,
    [],
    { 'payment.record': auditOf.payment },
    [`INSERT INTO allocation (customer_id, source_kind, source_id, target_kind, target_id, amount_cents, created_at)
      SELECT customer_id, 'payment', payment_id, 'invoice', id, paid, paid_on FROM demo_invoice WHERE paid > 0`],
  );
  // Good payers settled their opening balance in the first month; the others still owe it (120+ days).
  await insertAudited(
    em,
    `INSERT INTO payment (id, customer_id, kind, received_on, method, reference, amount_cents, created_at)
     SELECT p.opening_payment_id, p.id, 'receipt', p.opening_date + 20, p.method::receipt_method, 'Opening balance settled', p.opening, p.opening_date + 20
       FROM demo_billing_plan p WHERE p.opening > 0 AND p.klass IN (${CLASSES.onTime}, ${CLASSES.late})`,
    [],
    { 'payment.record': auditOf.payment },
    [`INSERT INTO allocation (customer_id, source_kind, source_id, target_kind, target_id, amount_cents, created_at)
      SELECT customer_id, 'payment', id, 'opening', customer_id, amount_cents, created_at FROM ins`],
  );
  // A late fee on customers in arrears (30–60 days old), and a few corrections of a cent or two.
  await insertAudited(
    em,
    `INSERT INTO adjustment (customer_id, adjusted_on, amount_cents, reason)
     SELECT id, CURRENT_DATE - 40, CASE WHEN uk THEN 500 ELSE 5000 END, 'Late payment fee' FROM demo_billing_plan WHERE klass = ${CLASSES.arrears}
     UNION ALL
     SELECT id, CURRENT_DATE - 10, -2, 'Rounding correction' FROM demo_billing_plan WHERE idx % 97 = 3`,
    [],
    { 'adjustment.add': auditOf.adjustment },
  );
  await em.query(`DROP TABLE demo_invoice, demo_billing_plan`);
}

/** The derived balances and age analysis of every demo customer, from their rows through the ledger's indexes: once, after every part. */
export async function settleDemoLedger({ em, made }: DemoSeed) {
  if (!made.length) return;
  const ids = made.map((c) => c.id);
  await em.query(balanceUpdateSql(forCustomers('b')), [ids]);
  await em.query(rollupUpsertSql(forCustomers), [ids]);
}

/** The audit rows of the demo ledger as the services write them for real ones (same actions, targets and records), from the inserted rows `ins`. */
const auditOf = {
  creditNote: `SELECT customer_id, issued_on::timestamptz AS at, 'credit_note:' || id AS target,
                      json_build_object('amountCents', amount_cents, 'invoiceId', invoice_id, 'reason', reason)::text AS new_value FROM ins`,
  payment: `SELECT customer_id, created_at AS at, 'payment:' || id AS target,
                   json_build_object('amountCents', amount_cents, 'method', method, 'reference', reference, 'receivedOn', received_on)::text AS new_value FROM ins`,
  adjustment: `SELECT customer_id, adjusted_on::timestamptz AS at, 'adjustment:' || id AS target,
                      json_build_object('amountCents', amount_cents, 'reason', reason)::text AS new_value FROM ins`,
};
