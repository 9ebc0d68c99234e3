import { parse, print, TypeInfo, validate, visit, visitWithTypeInfo, type FieldNode, type GraphQLSchema } from 'graphql';
import { PROBES } from '../app/compose';
import { itemsSql } from '../modules/billing/ledger.sql';

/**
 * The full profile: customer(id) with every widget the modules probe, as their probes select
 * it, so a new widget is benchmarked the moment its module is listed.
 */
export const PROFILE_QUERY = `query Profile($id: ID!) {
  customer(id: $id) {
    id accountNumber name status
    ${PROBES.map((p) => `${p.field} ${p.selection}`).join('\n    ')}
  }
}`;

/**
 * `query` with only the fields every schema has (another build may lack a newer field), and
 * the fields left out (`AuditEntry.actionLabel`). A field whose whole selection is left out
 * goes too.
 */
export function queryInEvery(query: string, schemas: GraphQLSchema[]): { query: string; leftOut: string[] } {
  const leftOut = new Set<string>();
  let doc = parse(query);
  for (const schema of schemas) {
    const types = new TypeInfo(schema);
    doc = visit(
      doc,
      visitWithTypeInfo(types, {
        Field: {
          enter(node) {
            if (types.getFieldDef()) return undefined;
            leftOut.add(`${types.getParentType()?.name}.${node.name.value}`);
            return null;
          },
          leave: (node: FieldNode) => (node.selectionSet && node.selectionSet.selections.length === 0 ? null : undefined),
        },
      }),
    );
  }
  for (const schema of schemas) {
    const errors = validate(schema, doc);
    if (errors.length) throw new Error(`the common query is invalid: ${errors.map((e) => e.message).join('; ')}`);
  }
  return { query: print(doc), leftOut: [...leftOut] };
}

/**
 * The floor: the same data in one hand-written SQL statement (LATERAL subqueries building
 * JSON), no GraphQL, no ORM, no permission checks. What the API computes in SQL (the ledger's
 * open items, phone usage by call class) the floor computes the same way; what it computes in
 * code (age buckets, the next run's charges) the floor leaves to its client and fetches the
 * rows they come from (the open items; services, billed charges, call and usage rollups).
 */
export const FLOOR_SQL = `
SELECT c.id, c.account_number, c.name, c.status, c.balance_cents, c.currency, c.company_name, c.customer_type,
       c.customer_group, c.emails, c.phone, c.mobile, c.vat_number, c.latitude, c.longitude, c.joined_at, c.version,
       c.physical_line1, c.physical_line2, c.physical_city, c.physical_region, c.physical_postal_code, c.physical_country,
       c.postal_line1, c.postal_line2, c.postal_city, c.postal_region, c.postal_postal_code, c.postal_country,
       m.name AS account_manager, r.name AS reseller, ct.contacts, ad.addresses, nt.notes, pn.popup_notes, au.audit,
       nd.notification_destinations,
       vl.voip_lines, pu.phone_usage, vr.voip_rating,
       da.data_accounts, pc.package_changes, se.sessions, du.data_usage, ba.billing_account, iv.invoices, py.payments, bp.billed_periods,
       li.ledger_items, pl.pending_lines, bc.billed_charges
  FROM customer c
  LEFT JOIN app_user m ON m.id = c.account_manager_id
  LEFT JOIN reseller r ON r.id = c.reseller_id
  LEFT JOIN LATERAL (SELECT json_agg(x ORDER BY x.is_primary DESC, x.name) AS contacts FROM contact x WHERE x.customer_id = c.id) ct ON true
  LEFT JOIN LATERAL (SELECT json_agg(x ORDER BY x.created_at) AS addresses FROM customer_address x WHERE x.customer_id = c.id) ad ON true
  LEFT JOIN LATERAL (SELECT json_agg(n) AS notes FROM (SELECT * FROM customer_note x WHERE x.customer_id = c.id ORDER BY x.created_at DESC, x.id DESC LIMIT 20) n) nt ON true
  LEFT JOIN LATERAL (SELECT json_agg(x ORDER BY x.created_at DESC) AS popup_notes FROM customer_note x WHERE x.customer_id = c.id AND x.popup) pn ON true
  LEFT JOIN LATERAL (SELECT json_agg(x ORDER BY x.position, x.created_at) AS notification_destinations FROM notification_destination x WHERE x.customer_id = c.id) nd ON true
  LEFT JOIN LATERAL (SELECT json_agg(a) AS audit FROM (SELECT * FROM audit_entry x WHERE x.customer_id = c.id ORDER BY x.id DESC LIMIT 21) a) au ON true
  LEFT JOIN LATERAL (SELECT json_agg(l ORDER BY l.end_date IS NULL DESC, l.start_date DESC) AS voip_lines
                       FROM (SELECT x.*, t.name AS tariff_name FROM voip_line x LEFT JOIN voip_tariff t ON t.id = x.tariff_id WHERE x.customer_id = c.id) l) vl ON true
  LEFT JOIN LATERAL (SELECT json_agg(u) AS phone_usage FROM (
                       SELECT to_char(month, 'YYYY-MM') AS period, call_class, sum(calls) AS calls, sum(billed_seconds) AS billed, sum(charge_cents) AS cents
                         FROM voip_call_rollup x WHERE x.customer_id = c.id AND x.month >= '2026-01-01' AND x.month < '2027-01-01' GROUP BY 1, 2
                       UNION ALL
                       SELECT to_char(month, 'YYYY'), call_class, sum(calls), sum(billed_seconds), sum(charge_cents)
                         FROM voip_call_rollup x WHERE x.customer_id = c.id GROUP BY 1, 2) u) pu ON true
  LEFT JOIN LATERAL (SELECT row_to_json(v) AS voip_rating FROM (SELECT x.*, t.name AS tariff_name FROM voip_customer_rating x
                       LEFT JOIN voip_tariff t ON t.id = x.default_tariff_id WHERE x.customer_id = c.id) v) vr ON true
  LEFT JOIN LATERAL (SELECT json_agg(a ORDER BY a.username) AS data_accounts FROM (SELECT x.id, x.username, x.status, x.start_date, x.end_date, x.static_ip, x.notes,
                       x.custom_price_cents, p.name AS package_name, p.download_kbps, p.upload_kbps, p.data_cap_bytes, p.monthly_price_cents
                       FROM data_account x JOIN data_package p ON p.id = x.package_id WHERE x.customer_id = c.id) a) da ON true
  LEFT JOIN LATERAL (SELECT json_agg(x) AS package_changes FROM (SELECT * FROM package_change x WHERE x.customer_id = c.id
                       ORDER BY (x.state = 'scheduled') DESC, x.effective_date DESC, x.submitted_at DESC LIMIT 20) x) pc ON true
  LEFT JOIN LATERAL (SELECT json_agg(s ORDER BY s.acctstarttime DESC) AS sessions FROM (SELECT r.radacctid, r.username, r.nasipaddress, r.framedipaddress,
                       r.callingstationid, r.acctstarttime, r.acctupdatetime, r.acctinputoctets, r.acctoutputoctets
                       FROM data_account a JOIN radacct r ON r.username = a.username AND r.acctstoptime IS NULL WHERE a.customer_id = c.id) s) se ON true
  LEFT JOIN LATERAL (SELECT json_agg(u) AS data_usage FROM (SELECT m.data_account_id, to_char(m.month, 'YYYY-MM') AS period, sum(m.upload_bytes) AS up, sum(m.download_bytes) AS down
                       FROM data_account a JOIN usage_monthly m ON m.data_account_id = a.id WHERE a.customer_id = c.id
                        AND m.month >= '2026-01-01' AND m.month < '2027-01-01' GROUP BY 1, 2) u) du ON true
  LEFT JOIN LATERAL (SELECT row_to_json(b) AS billing_account FROM billing_account b WHERE b.customer_id = c.id) ba ON true
  LEFT JOIN LATERAL (SELECT json_agg(i) AS invoices FROM (SELECT x.*, (SELECT json_agg(l ORDER BY l.created_at) FROM invoice_line l WHERE l.invoice_id = x.id) AS lines
                       FROM invoice x WHERE x.customer_id = c.id ORDER BY x.invoice_date DESC, x.created_at DESC LIMIT 24) i) iv ON true
  LEFT JOIN LATERAL (SELECT json_agg(p) AS payments FROM (SELECT x.*, EXISTS (SELECT 1 FROM payment r WHERE r.reversal_of = x.id) AS reversed,
                       (SELECT json_agg(a ORDER BY a.created_at) FROM allocation a WHERE a.source_kind = 'payment' AND a.source_id = x.id) AS allocations
                       FROM payment x WHERE x.customer_id = c.id ORDER BY x.received_on DESC, x.created_at DESC LIMIT 24) p) py ON true
  LEFT JOIN LATERAL (SELECT json_agg(i) AS ledger_items FROM (${itemsSql((a) => `${a}.customer_id = c.id`)}) i) li ON true
  LEFT JOIN LATERAL (SELECT json_agg(l ORDER BY l.created_at) AS pending_lines FROM invoice_line l WHERE l.customer_id = c.id AND l.invoice_id IS NULL) pl ON true
  LEFT JOIN LATERAL (SELECT json_agg(b) AS billed_charges FROM billed_charge b WHERE b.customer_id = c.id AND b.month >= (date_trunc('month', now()) - interval '3 months')::date) bc ON true
  LEFT JOIN LATERAL (SELECT json_agg(p) AS billed_periods FROM (SELECT x.*, r.state AS run_state, r.done AS run_done, r.total AS run_total, i.number AS invoice_number
                       FROM billed_period x LEFT JOIN billing_run r ON r.id = x.run_id LEFT JOIN invoice i ON i.id = x.invoice_id
                      WHERE x.customer_id = c.id ORDER BY x.period_start DESC LIMIT 6) p) bp ON true
 WHERE c.id = $1`;
