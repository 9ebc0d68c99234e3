import type { RequestContext } from '../../kernel/request-context';
import { audit } from '../../kernel/audit';
import { addRecord, removeRecord, updateRecord, type RecordKind } from '../customers';
import { Contact } from './contact.entity';
import type { AddContactInput, UpdateContactInput } from './contact.inputs';

const contacts: RecordKind<Contact> = {
  entity: Contact,
  table: 'contact',
  label: 'Contact',
  auditName: 'contact',
  // One primary contact per customer: the first one added, or whichever is made primary last.
  async beforeWrite(ctx, em, customerId, values, id) {
    if (values.isPrimary === true) {
      const [demoted]: [{ id: string }[], number] = await em.query(
        'UPDATE contact SET is_primary = false, version = version + 1 WHERE customer_id = $1 AND is_primary AND id IS DISTINCT FROM $2 RETURNING id',
        [customerId, id ?? null],
      );
      for (const { id: other } of demoted) {
        await audit(em, ctx, { customerId, action: 'contact.update', target: `contact:${other}`, changes: [{ field: 'isPrimary', oldValue: true, newValue: false }] });
      }
    } else if (!id && values.isPrimary === undefined) {
      const [primary] = await em.query('SELECT 1 FROM contact WHERE customer_id = $1 AND is_primary', [customerId]);
      values.isPrimary = !primary;
    }
  },
};

export const addContact = (ctx: RequestContext, { customerId, ...values }: AddContactInput) =>
  addRecord(ctx, contacts, customerId, { ...values });

export const updateContact = (ctx: RequestContext, { id, expectedVersion, ...fields }: UpdateContactInput) =>
  updateRecord(ctx, contacts, id, expectedVersion, { ...fields });

export const removeContact = (ctx: RequestContext, id: string) => removeRecord(ctx, contacts, id);
