import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile, link } from 'node:fs/promises';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { EntityManager } from 'typeorm';
import { CustomerEntity } from '../customers';

/** Where approved invoices' PDFs are kept (INVOICE_PDF_DIR; default var/invoices). */
export const invoicePdfDir = () => process.env.INVOICE_PDF_DIR ?? path.resolve('var/invoices');

export type DocLength = 'short' | 'long' | 'full';

export interface InvoiceDocData {
  invoice: { id: string; number: string | null; brand: string; state: string; invoiceDate: string; dueDate: string | null; currency: string; subtotalCents: number; vatCents: number; totalCents: number };
  customer: { accountNumber: string; name: string; companyName: string | null; vatNumber: string | null; address: string };
  lines: { kind: string; description: string; periodStart: string | null; periodEnd: string | null; quantityMilli: number; unitPriceCents: number; vatRateBp: number; netCents: number; vatCents: number; totalCents: number }[];
  /** Full length: the itemised calls of the usage months and usage per month for the graph. */
  calls: { startedAt: string; src: string; dst: string; destination: string | null; seconds: number; chargeCents: number }[];
  usageByMonth: { month: string; chargeCents: number; minutes: number }[];
}

const money = (cents: number, currency: string) => {
  const sym = currency === 'GBP' ? '£' : currency === 'ZAR' ? 'R' : `${currency} `;
  const s = (Math.abs(cents) / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${cents < 0 ? '-' : ''}${sym}${s}`;
};
/** Calls itemised on a full invoice, at most (the rest are summarised). */
const MAX_CALLS = 400;

/**
 * Renders an invoice in one of seed 004's three lengths with pdfkit: short = the summary,
 * long = with the lines, full = lines, itemised calls and a usage graph. Fixed creation date
 * (the invoice date), so the same data renders the same bytes.
 */
export function renderInvoicePdf(d: InvoiceDocData, length: DocLength): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 40,
    info: { Title: `Invoice ${d.invoice.number ?? '(draft)'}`, Author: d.invoice.brand, Producer: 'Sightline', Creator: 'Sightline', CreationDate: new Date(`${d.invoice.invoiceDate}T00:00:00Z`) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const cur = d.invoice.currency;
  const left = 40;
  const width = 515;

  doc.font('Helvetica-Bold').fontSize(18).text(d.invoice.brand, left, 40);
  doc.font('Helvetica').fontSize(10).text(d.invoice.state === 'draft' ? 'DRAFT INVOICE — not yet approved' : 'TAX INVOICE', left, 64);
  doc.fontSize(9);
  const meta: [string, string][] = [
    ['Invoice number', d.invoice.number ?? '(assigned at approval)'],
    ['Invoice date', d.invoice.invoiceDate],
    ['Due date', d.invoice.dueDate ?? '(set at approval)'],
    ['Account', d.customer.accountNumber],
  ];
  meta.forEach(([k, v], i) => {
    doc.font('Helvetica-Bold').text(k, 340, 40 + i * 13, { width: 90 });
    doc.font('Helvetica').text(v, 430, 40 + i * 13, { width: 125 });
  });
  doc.font('Helvetica-Bold').fontSize(10).text(d.customer.companyName ?? d.customer.name, left, 110);
  doc.font('Helvetica').fontSize(9);
  if (d.customer.companyName) doc.text(d.customer.name);
  doc.text(d.customer.address, { width: 280 });
  if (d.customer.vatNumber) doc.text(`VAT number: ${d.customer.vatNumber}`);

  let y = Math.max(doc.y + 20, 180);
  const row = (cols: [string, number, 'left' | 'right'][], bold = false) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    let x = left;
    let h = 0;
    for (const [text, w, align] of cols) {
      h = Math.max(h, doc.heightOfString(text, { width: w - 4 }));
      x += w;
    }
    if (y + h > 790) {
      doc.addPage();
      y = 40;
    }
    x = left;
    for (const [text, w, align] of cols) {
      doc.text(text, x, y, { width: w - 4, align });
      x += w;
    }
    y += h + 4;
  };

  // Summary by kind: every length has it.
  doc.font('Helvetica-Bold').fontSize(11).text('Summary', left, y);
  y += 16;
  const kinds = new Map<string, { net: number; vat: number; total: number }>();
  for (const l of d.lines) {
    const k = kinds.get(l.kind) ?? { net: 0, vat: 0, total: 0 };
    kinds.set(l.kind, { net: k.net + l.netCents, vat: k.vat + l.vatCents, total: k.total + l.totalCents });
  }
  const label: Record<string, string> = { recurring: 'Recurring charges', usage: 'Usage charges', one_off: 'One-off charges', low_usage: 'Low usage charge' };
  row([['', 295, 'left'], ['Excl. VAT', 75, 'right'], ['VAT', 70, 'right'], ['Total', 75, 'right']], true);
  for (const [k, v] of kinds) row([[label[k] ?? k, 295, 'left'], [money(v.net, cur), 75, 'right'], [money(v.vat, cur), 70, 'right'], [money(v.total, cur), 75, 'right']]);
  doc.moveTo(left, y).lineTo(left + width, y).stroke();
  y += 4;
  row([['Total due', 295, 'left'], [money(d.invoice.subtotalCents, cur), 75, 'right'], [money(d.invoice.vatCents, cur), 70, 'right'], [money(d.invoice.totalCents, cur), 75, 'right']], true);

  if (length !== 'short') {
    y += 14;
    doc.font('Helvetica-Bold').fontSize(11).text('Charges', left, y);
    y += 16;
    row([['Description', 215, 'left'], ['Period', 100, 'left'], ['Qty', 40, 'right'], ['Excl. VAT', 55, 'right'], ['VAT %', 35, 'right'], ['Total', 70, 'right']], true);
    for (const l of d.lines) {
      row([
        [l.description, 215, 'left'],
        [l.periodStart ? `${l.periodStart} – ${l.periodEnd ?? ''}` : '', 100, 'left'],
        [String(l.quantityMilli / 1000), 40, 'right'],
        [money(l.netCents, cur), 55, 'right'],
        [(l.vatRateBp / 100).toFixed(2).replace(/\.00$/, ''), 35, 'right'],
        [money(l.totalCents, cur), 70, 'right'],
      ]);
    }
  }

  if (length === 'full') {
    y += 14;
    if (y > 640) {
      doc.addPage();
      y = 40;
    }
    doc.font('Helvetica-Bold').fontSize(11).text('Call charges by month', left, y);
    y += 18;
    const months = d.usageByMonth;
    const max = Math.max(1, ...months.map((m) => m.chargeCents));
    const barW = months.length ? Math.min(60, (width - 20) / months.length - 8) : 0;
    const base = y + 90;
    months.forEach((m, i) => {
      const h = Math.round((m.chargeCents / max) * 80);
      const x = left + 10 + i * (barW + 8);
      doc.rect(x, base - h, barW, h).fill('#3b6fb6');
      doc.fillColor('black').font('Helvetica').fontSize(7).text(m.month.slice(0, 7), x - 4, base + 3, { width: barW + 8, align: 'center' });
      doc.text(money(m.chargeCents, cur), x - 8, base - h - 10, { width: barW + 16, align: 'center' });
    });
    if (!months.length) doc.font('Helvetica').fontSize(9).text('No calls in the last twelve months.', left, y);
    doc.fillColor('black');
    y = base + 20;
    doc.font('Helvetica-Bold').fontSize(11).text('Itemised calls', left, y);
    y += 16;
    row([['Date and time (UTC)', 110, 'left'], ['From', 95, 'left'], ['To', 95, 'left'], ['Destination', 105, 'left'], ['Duration', 50, 'right'], ['Charge', 60, 'right']], true);
    for (const c of d.calls.slice(0, MAX_CALLS)) {
      const mm = Math.floor(c.seconds / 60);
      const ss = String(c.seconds % 60).padStart(2, '0');
      row([[c.startedAt.slice(0, 16).replace('T', ' '), 110, 'left'], [c.src, 95, 'left'], [c.dst, 95, 'left'], [c.destination ?? '', 105, 'left'], [`${mm}:${ss}`, 50, 'right'], [money(c.chargeCents, cur), 60, 'right']]);
    }
    if (d.calls.length > MAX_CALLS) row([[`… and ${d.calls.length - MAX_CALLS} more calls (see the call detail report)`, 515, 'left']]);
    if (!d.calls.length) row([['No calls billed on this invoice.', 515, 'left']]);
  }
  doc.end();
  return done;
}

/** Reads what an invoice document shows: the approved snapshot when there is one, else the customer now. */
export async function invoiceDocData(em: EntityManager, invoiceId: string): Promise<InvoiceDocData> {
  const [inv] = await em.query(
    `SELECT i.id, i.number, i.brand, i.state, i.invoice_date::text AS "invoiceDate", i.due_date::text AS "dueDate", trim(i.currency) AS currency,
            i.subtotal_cents::bigint AS "subtotalCents", i.vat_cents::bigint AS "vatCents", i.total_cents::bigint AS "totalCents", i.snapshot,
            i.customer_id AS "customerId"
       FROM invoice i WHERE i.id = $1`,
    [invoiceId],
  );
  const snap = inv.snapshot as { accountNumber: string; name: string; companyName: string | null; vatNumber: string | null; postalAddress: string } | null;
  let customer: InvoiceDocData['customer'];
  if (snap) {
    customer = { accountNumber: snap.accountNumber, name: snap.name, companyName: snap.companyName, vatNumber: snap.vatNumber, address: snap.postalAddress };
  } else {
    // A draft shows the customer as they are now (approval freezes the snapshot).
    const c = await em.getRepository(CustomerEntity).findOneByOrFail({ id: inv.customerId });
    const a = (c.postalAddress?.line1 ? c.postalAddress : c.physicalAddress) ?? {};
    customer = { accountNumber: c.accountNumber, name: c.name, companyName: c.companyName, vatNumber: c.vatNumber, address: [a.line1, a.line2, a.city, a.postalCode, a.country].filter(Boolean).join(', ') };
  }
  const lines = (
    await em.query(
      `SELECT kind, description, period_start::text AS "periodStart", period_end::text AS "periodEnd", quantity_milli AS "quantityMilli", unit_price_cents AS "unitPriceCents",
              vat_rate_bp AS "vatRateBp", net_cents AS "netCents", vat_cents AS "vatCents", total_cents AS "totalCents"
         FROM invoice_line WHERE invoice_id = $1 ORDER BY kind, description, id`,
      [invoiceId],
    )
  ).map((l: any) => ({ ...l, unitPriceCents: Number(l.unitPriceCents), netCents: Number(l.netCents), vatCents: Number(l.vatCents), totalCents: Number(l.totalCents) }));
  // The calls billed on this invoice: the months of its call lines.
  const months: string[] = (await em.query(
    `SELECT DISTINCT b.month::text AS month FROM billed_charge b JOIN invoice_line l ON l.id = b.line_id WHERE l.invoice_id = $1 AND b.source = 'voip_calls'`,
    [invoiceId],
  )).map((r: any) => r.month);
  const calls = months.length
    ? (
        await em.query(
          `SELECT to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS "startedAt", src, dst, destination_label AS destination, billed_seconds AS seconds, charge_cents AS "chargeCents"
             FROM voip_call WHERE customer_id = $1 AND date_trunc('month', started_at AT TIME ZONE 'UTC')::date = ANY($2::date[]) AND charge_cents > 0
            ORDER BY started_at, id LIMIT ${MAX_CALLS + 1}`,
          [inv.customerId, months],
        )
      ).map((c: any) => ({ ...c, seconds: Number(c.seconds), chargeCents: Number(c.chargeCents) }))
    : [];
  const usageByMonth = (
    await em.query(
      `SELECT month::text AS month, sum(charge_cents)::bigint AS "chargeCents", round(sum(billed_seconds) / 60.0)::int AS minutes
         FROM voip_call_rollup WHERE customer_id = $1 AND month > ($2::date - interval '12 months') AND month <= $2::date
        GROUP BY month ORDER BY month`,
      [inv.customerId, inv.invoiceDate],
    )
  ).map((m: any) => ({ ...m, chargeCents: Number(m.chargeCents) }));
  return {
    invoice: { ...inv, subtotalCents: Number(inv.subtotalCents), vatCents: Number(inv.vatCents), totalCents: Number(inv.totalCents) },
    customer,
    lines,
    calls,
    usageByMonth,
  };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * The PDF of an invoice. A draft is rendered each time (it can still change). An approved or
 * sent invoice is rendered once, written to INVOICE_PDF_DIR and recorded; every later download
 * reads that file, so the document never changes (a VAT change or a rename later does not
 * reach it). Concurrent first downloads race on a hard link: one file wins, both read it.
 */
export async function invoicePdf(em: EntityManager, invoiceId: string, length: DocLength): Promise<{ bytes: Buffer; sha256: string; stored: boolean; fileName: string }> {
  const [inv] = await em.query(`SELECT number, brand, state FROM invoice WHERE id = $1`, [invoiceId]);
  const fileName = `${inv.number ?? `draft-${invoiceId.slice(0, 8)}`}-${length}.pdf`;
  if (inv.state === 'draft' || inv.state === 'void') {
    const bytes = await renderInvoicePdf(await invoiceDocData(em, invoiceId), length);
    return { bytes, sha256: sha256(bytes), stored: false, fileName };
  }
  const [known] = await em.query(`SELECT path FROM invoice_document WHERE invoice_id = $1 AND length = $2`, [invoiceId, length]);
  const dir = path.join(invoicePdfDir(), inv.brand.replace(/[^\w.-]+/g, '_'));
  const file = known?.path ?? path.join(dir, `${inv.number}-${length}.pdf`);
  const existing = await readFile(file).catch(() => null);
  if (existing) {
    if (!known) await recordDocument(em, invoiceId, length, file, existing);
    return { bytes: existing, sha256: sha256(existing), stored: true, fileName };
  }
  const bytes = await renderInvoicePdf(await invoiceDocData(em, invoiceId), length);
  await mkdir(dir, { recursive: true });
  const tmp = `${file}.${randomUUID()}.tmp`;
  await writeFile(tmp, bytes);
  try {
    await link(tmp, file); // fails if another download stored it first
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
      await rename(tmp, file).catch(() => undefined);
    }
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
  const stored = await readFile(file);
  await recordDocument(em, invoiceId, length, file, stored);
  return { bytes: stored, sha256: sha256(stored), stored: true, fileName };
}

async function recordDocument(em: EntityManager, invoiceId: string, length: string, file: string, bytes: Buffer) {
  await em.query(`INSERT INTO invoice_document (invoice_id, length, path, sha256, bytes) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, [invoiceId, length, file, sha256(bytes), bytes.length]);
}
