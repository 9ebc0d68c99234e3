// The ledger's derived figures, as SQL over a set of customers (`$1` = uuid[], or every customer).

/** Rows: customer_id, balance = opening + approved invoices − payments − credit notes ± adjustments. */
export const balanceSql = (where: string) => `
SELECT b.customer_id,
       b.opening_balance_cents
       + COALESCE((SELECT sum(total_cents) FROM invoice i WHERE i.customer_id = b.customer_id AND i.state IN ('approved', 'sent')), 0)
       - COALESCE((SELECT sum(amount_cents) FROM payment p WHERE p.customer_id = b.customer_id), 0)
       - COALESCE((SELECT sum(amount_cents) FROM credit_note n WHERE n.customer_id = b.customer_id), 0)
       + COALESCE((SELECT sum(amount_cents) FROM adjustment a WHERE a.customer_id = b.customer_id), 0) AS balance
  FROM billing_account b WHERE ${where}`;

/**
 * Every ledger item with what is still open on it: debit items (invoice, positive adjustment,
 * refund, positive opening balance) and credit items (receipt not reversed, credit note,
 * negative adjustment, negative opening balance, an invoice whose refund lines outweigh its
 * charges). `open` = amount − allocations.
 */
export const itemsSql = (where: (alias: string) => string) => `
WITH items AS (
  SELECT i.customer_id, 'invoice'::text AS kind, i.id, i.number AS reference, i.invoice_date AS date, i.due_date, abs(i.total_cents) AS amount,
         CASE WHEN i.total_cents > 0 THEN 'debit' ELSE 'credit' END::text AS side
    FROM invoice i WHERE ${where('i')} AND i.state IN ('approved', 'sent') AND i.total_cents <> 0
  UNION ALL
  SELECT a.customer_id, 'adjustment', a.id, a.reason, a.adjusted_on, a.adjusted_on, abs(a.amount_cents), CASE WHEN a.amount_cents > 0 THEN 'debit' ELSE 'credit' END
    FROM adjustment a WHERE ${where('a')}
  UNION ALL
  SELECT n.customer_id, 'credit_note', n.id, n.reason, n.issued_on, n.issued_on, n.amount_cents, 'credit'
    FROM credit_note n WHERE ${where('n')}
  UNION ALL
  SELECT p.customer_id, 'payment', p.id, p.reference, p.received_on, p.received_on, abs(p.amount_cents), CASE WHEN p.kind = 'receipt' THEN 'credit' ELSE 'debit' END
    FROM payment p WHERE ${where('p')} AND p.kind <> 'reversal'
     AND NOT EXISTS (SELECT 1 FROM payment r WHERE r.reversal_of = p.id)
  UNION ALL
  SELECT b.customer_id, 'opening', b.customer_id, 'Opening balance', b.opening_date, b.opening_date, abs(b.opening_balance_cents),
         CASE WHEN b.opening_balance_cents > 0 THEN 'debit' ELSE 'credit' END
    FROM billing_account b WHERE ${where('b')} AND b.opening_balance_cents <> 0
), used AS (
  SELECT kind, id, sum(amount) AS amount FROM (
    SELECT source_kind::text AS kind, source_id AS id, amount_cents AS amount FROM allocation l WHERE ${where('l')}
    UNION ALL
    SELECT target_kind::text, target_id, amount_cents FROM allocation l WHERE ${where('l')}
  ) u GROUP BY kind, id
)
SELECT items.customer_id AS "customerId", items.kind, items.id, items.reference, items.date::text AS date, items.due_date::text AS "dueDate",
       items.amount::bigint AS amount, items.side, (items.amount - COALESCE(used.amount, 0))::bigint AS open
  FROM items LEFT JOIN used ON used.kind = items.kind AND used.id = items.id`;

/**
 * The age rollup of a set of customers as of CURRENT_DATE: open debits in buckets by days past
 * their due date (current: not yet due; 30: 1–30 days overdue; 60: 31–60; 90: 61–90; 120+: more
 * than 90), open credits as unallocated credit, and the balance.
 */
export const rollupUpsertSql = (where: (alias: string) => string) => `
WITH open_items AS (${itemsSql(where)}),
buckets AS (
  SELECT "customerId" AS customer_id,
    sum(open) FILTER (WHERE side = 'debit' AND CURRENT_DATE - "dueDate"::date <= 0) AS c0,
    sum(open) FILTER (WHERE side = 'debit' AND CURRENT_DATE - "dueDate"::date BETWEEN 1 AND 30) AS c30,
    sum(open) FILTER (WHERE side = 'debit' AND CURRENT_DATE - "dueDate"::date BETWEEN 31 AND 60) AS c60,
    sum(open) FILTER (WHERE side = 'debit' AND CURRENT_DATE - "dueDate"::date BETWEEN 61 AND 90) AS c90,
    sum(open) FILTER (WHERE side = 'debit' AND CURRENT_DATE - "dueDate"::date > 90) AS c120,
    sum(open) FILTER (WHERE side = 'credit') AS credit
  FROM open_items WHERE open <> 0 GROUP BY "customerId"
)
INSERT INTO age_rollup (customer_id, computed_on, current_cents, days30_cents, days60_cents, days90_cents, days120_cents, unallocated_credit_cents, balance_cents)
SELECT b.customer_id, CURRENT_DATE, COALESCE(k.c0, 0), COALESCE(k.c30, 0), COALESCE(k.c60, 0), COALESCE(k.c90, 0), COALESCE(k.c120, 0), COALESCE(k.credit, 0),
       COALESCE(k.c0, 0) + COALESCE(k.c30, 0) + COALESCE(k.c60, 0) + COALESCE(k.c90, 0) + COALESCE(k.c120, 0) - COALESCE(k.credit, 0)
  FROM billing_account b LEFT JOIN buckets k ON k.customer_id = b.customer_id
 WHERE ${where('b')}
ON CONFLICT (customer_id) DO UPDATE SET computed_on = EXCLUDED.computed_on, current_cents = EXCLUDED.current_cents,
  days30_cents = EXCLUDED.days30_cents, days60_cents = EXCLUDED.days60_cents, days90_cents = EXCLUDED.days90_cents,
  days120_cents = EXCLUDED.days120_cents, unallocated_credit_cents = EXCLUDED.unallocated_credit_cents, balance_cents = EXCLUDED.balance_cents`;

/** Writes the derived balance into customer.balance_cents (what `balance` and the list read). */
export const balanceUpdateSql = (where: string) => `
UPDATE customer c SET balance_cents = d.balance FROM (${balanceSql(where)}) d
 WHERE c.id = d.customer_id AND c.balance_cents IS DISTINCT FROM d.balance`;

export const forCustomers = (alias: string) => `${alias}.customer_id = ANY($1::uuid[])`;
export const forAll = () => 'TRUE';
