import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What TypeORM cannot express: every customer has a billing account (its opening balance is
 * the balance it had before the ledger), and the ledger is tamper-proof in the database
 * itself: an approved or sent invoice and its lines refuse UPDATE and DELETE (except the
 * APPROVED → SENT step), and payments, allocations, credit notes and adjustments are
 * append-only. Rows may go only with their customer (a data-protection deletion cascades).
 */
export class BillingLedgerGuards1795425210533 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO billing_account (customer_id, opening_balance_cents) SELECT id, balance_cents FROM customer ON CONFLICT DO NOTHING`);
    await q.query(`
      INSERT INTO age_rollup (customer_id, computed_on, current_cents, unallocated_credit_cents, balance_cents)
      SELECT customer_id, CURRENT_DATE, GREATEST(opening_balance_cents, 0), GREATEST(-opening_balance_cents, 0), opening_balance_cents
        FROM billing_account ON CONFLICT DO NOTHING`);
    // Once per statement over the rows it inserted: a bulk load of customers stays one statement per table.
    await q.query(`
      CREATE FUNCTION billing_account_for_new_customer() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        INSERT INTO billing_account (customer_id, opening_balance_cents) SELECT id, balance_cents FROM new_customers ON CONFLICT DO NOTHING;
        INSERT INTO age_rollup (customer_id, computed_on, current_cents, unallocated_credit_cents, balance_cents)
          SELECT id, CURRENT_DATE, GREATEST(balance_cents, 0), GREATEST(-balance_cents, 0), balance_cents FROM new_customers ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER customer_billing_account AFTER INSERT ON "customer" REFERENCING NEW TABLE AS new_customers FOR EACH STATEMENT EXECUTE FUNCTION billing_account_for_new_customer()`,
    );

    await q.query(`
      CREATE FUNCTION invoice_approved_immutable() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        IF OLD.state NOT IN ('approved', 'sent') OR NOT EXISTS (SELECT 1 FROM customer WHERE id = OLD.customer_id) THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.state = 'approved' AND NEW.state = 'sent'
           AND (to_jsonb(NEW) - 'state' - 'sent_at') = (to_jsonb(OLD) - 'state' - 'sent_at') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'invoice % is %: it cannot be changed or deleted (issue a credit note or an adjustment)', OLD.number, OLD.state
          USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'invoice_approved_immutable';
      END $$`);
    // WHEN: drafts never enter the function (a bulk approval of drafts stays cheap).
    await q.query(
      `CREATE TRIGGER invoice_approved_immutable BEFORE UPDATE OR DELETE ON "invoice" FOR EACH ROW WHEN (OLD.state IN ('approved', 'sent')) EXECUTE FUNCTION invoice_approved_immutable()`,
    );

    await q.query(`
      CREATE FUNCTION invoice_line_approved_immutable() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        IF OLD.invoice_id IS NOT NULL
           AND EXISTS (SELECT 1 FROM invoice WHERE id = OLD.invoice_id AND state IN ('approved', 'sent'))
           AND EXISTS (SELECT 1 FROM customer WHERE id = OLD.customer_id) THEN
          RAISE EXCEPTION 'this line is on an approved invoice and cannot be changed or deleted'
            USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'invoice_line_approved_immutable';
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.invoice_id IS NOT NULL
           AND EXISTS (SELECT 1 FROM invoice WHERE id = NEW.invoice_id AND state IN ('approved', 'sent')) THEN
          RAISE EXCEPTION 'an approved invoice takes no new lines'
            USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'invoice_line_approved_immutable';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`CREATE TRIGGER invoice_line_approved_immutable BEFORE UPDATE OR DELETE ON "invoice_line" FOR EACH ROW EXECUTE FUNCTION invoice_line_approved_immutable()`);
    // New lines are checked once per statement, over all the rows it inserted (bulk loads stay fast).
    await q.query(`
      CREATE FUNCTION invoice_line_no_new_on_approved() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM new_lines l JOIN invoice i ON i.id = l.invoice_id WHERE i.state IN ('approved', 'sent')) THEN
          RAISE EXCEPTION 'an approved invoice takes no new lines'
            USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'invoice_line_approved_immutable';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER invoice_line_no_new_on_approved AFTER INSERT ON "invoice_line" REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION invoice_line_no_new_on_approved()`,
    );

    await q.query(`
      CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM customer WHERE id = OLD.customer_id) THEN RETURN OLD; END IF;
        RAISE EXCEPTION '% rows are never changed or deleted: write a reversal or a correcting row', TG_TABLE_NAME
          USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'ledger_append_only';
      END $$`);
    for (const t of ['payment', 'allocation', 'credit_note', 'adjustment']) {
      await q.query(`CREATE TRIGGER ${t}_append_only BEFORE UPDATE OR DELETE ON "${t}" FOR EACH ROW EXECUTE FUNCTION ledger_append_only()`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of ['payment', 'allocation', 'credit_note', 'adjustment']) await q.query(`DROP TRIGGER ${t}_append_only ON "${t}"`);
    await q.query(`DROP FUNCTION ledger_append_only()`);
    await q.query(`DROP TRIGGER invoice_line_no_new_on_approved ON "invoice_line"`);
    await q.query(`DROP FUNCTION invoice_line_no_new_on_approved()`);
    await q.query(`DROP TRIGGER invoice_line_approved_immutable ON "invoice_line"`);
    await q.query(`DROP FUNCTION invoice_line_approved_immutable()`);
    await q.query(`DROP TRIGGER invoice_approved_immutable ON "invoice"`);
    await q.query(`DROP FUNCTION invoice_approved_immutable()`);
    await q.query(`DROP TRIGGER customer_billing_account ON "customer"`);
    await q.query(`DROP FUNCTION billing_account_for_new_customer()`);
  }
}
