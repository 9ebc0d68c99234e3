import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { entitiesFromJson, plainSql, plainSqlRows } from '../../kernel/db/plain-rows';
import { perCustomerLoader } from '../../kernel/loaders';
import { BillingAccount } from './billing-account.entity';
import { Invoice, InvoiceLine } from './ledger.entities';
import type { LedgerItem } from './ledger.service';
import { forCustomers, itemsSql } from './ledger.sql';
import type { PaymentReceipt } from './ledger.types';

/** How many invoices and payments the widgets show per customer (newest first). */
export const WIDGET_ROWS = 24;

const accounts = plainSql(BillingAccount, 'a', (columns) => `SELECT ${columns} FROM billing_account a WHERE a.customer_id = ANY($1)`);
const lines = plainSql(InvoiceLine, 'l', (columns) => `SELECT ${columns} FROM invoice_line l WHERE l.invoice_id = ANY($1) ORDER BY l.created_at, l.id`);
/**
 * The latest invoices per customer, each with its lines as JSON (`lines`). Lines written together
 * (one run) share created_at: the id orders them, the same in every plan.
 */
const invoicesWithLines = plainSqlRows(
  Invoice,
  'i',
  (columns) => `SELECT ${columns}, (SELECT json_agg(l ORDER BY l.created_at, l.id) FROM invoice_line l WHERE l.invoice_id = i.id) AS lines
                  FROM unnest($1::uuid[]) c(id)
                 -- top N per customer: a lateral LIMIT along invoice_customer_recent reads only those N
                 CROSS JOIN LATERAL (SELECT * FROM invoice x WHERE x.customer_id = c.id ORDER BY x.invoice_date DESC, x.created_at DESC LIMIT ${WIDGET_ROWS}) i
                 ORDER BY i.invoice_date DESC, i.created_at DESC`,
);

export const billingLoaders = (db: DataSource) => {
  const linesByInvoice = new DataLoader<string, InvoiceLine[]>(async (ids) => {
    const rows = await lines(db, [ids]);
    return ids.map((id) => rows.filter((r) => r.invoiceId === id));
  });
  return {
    /** The account row; customers that predate the billing module read the defaults until first written. */
    accountByCustomer: new DataLoader<string, BillingAccount | null>(async (ids) => {
      const rows = await accounts(db, [ids]);
      const by = new Map(rows.map((r) => [r.customerId, r]));
      return ids.map((id) => by.get(id) ?? null);
    }),
    ledgerItems: perCustomerLoader<LedgerItem>(async (ids) =>
      (await db.query(`${itemsSql(forCustomers)} ORDER BY items.due_date, items.date, items.id`, [ids])).map((r: any) => ({ ...r, amount: Number(r.amount), open: Number(r.open) })),
    ),
    /**
     * The latest invoices with their lines in one statement (the lines as JSON beside each
     * invoice), which answer `linesByInvoice` for them: the lines do not wait for a second write.
     */
    invoices: perCustomerLoader<Invoice>(async (ids) => {
      const rows = await invoicesWithLines(db, [ids]);
      const lineMeta = db.getMetadata(InvoiceLine);
      return rows.map(([invoice, row]) => {
        linesByInvoice.prime(invoice.id, entitiesFromJson<InvoiceLine>(lineMeta, row.lines as Record<string, unknown>[] | null));
        return invoice;
      });
    }),
    linesByInvoice,
    receipts: perCustomerLoader<PaymentReceipt>(async (ids) => {
      const rows = await db.query(
        `SELECT p.id, p.customer_id AS "customerId", p.kind, p.received_on::text AS "receivedOn", p.method, p.reference, p.amount_cents AS "amountCents",
                p.bank_reference AS "bankReference", p.reversal_of AS "reversalOf", p.reason, p.created_at AS "createdAt",
                EXISTS (SELECT 1 FROM payment r WHERE r.reversal_of = p.id) AS reversed,
                (SELECT trim(currency) FROM customer WHERE id = p.customer_id) AS currency,
                COALESCE((SELECT json_agg(json_build_object('kind', a.target_kind, 'id', a.target_id, 'amountCents', a.amount,
                          'reference', COALESCE((SELECT number FROM invoice WHERE id = a.target_id), (SELECT reason FROM adjustment WHERE id = a.target_id), 'Opening balance'))
                          -- in the order they were allocated: by time, then oldest due first (as allocation goes)
                          ORDER BY a.first_at, (SELECT due_date FROM invoice WHERE id = a.target_id) NULLS FIRST, a.target_id)
                    FROM (SELECT target_kind, target_id, sum(amount_cents) AS amount, min(created_at) AS first_at FROM allocation
                           WHERE source_kind = 'payment' AND source_id = p.id GROUP BY target_kind, target_id HAVING sum(amount_cents) <> 0) a), '[]') AS allocations
           FROM unnest($1::uuid[]) c(id)
           -- top N per customer: a lateral LIMIT along payment_customer_recent reads only those N
           CROSS JOIN LATERAL (SELECT * FROM payment x WHERE x.customer_id = c.id ORDER BY x.received_on DESC, x.created_at DESC LIMIT ${WIDGET_ROWS}) p
          ORDER BY p.received_on DESC, p.created_at DESC`,
        [ids],
      );
      return rows.map((r: any) => {
        const amountCents = Number(r.amountCents);
        const allocations = (r.allocations as any[]).map((a) => ({ ...a, amountCents: Number(a.amountCents) }));
        const allocated = allocations.reduce((s, a) => s + a.amountCents, 0);
        return { ...r, amountCents, allocations, unallocatedCents: r.kind === 'receipt' && !r.reversed ? amountCents - allocated : 0 };
      });
    }),
  };
};

declare module '../../kernel/context' {
  interface Loaders {
    billing: ReturnType<typeof billingLoaders>;
  }
}
