import type { DataSource } from 'typeorm';
import { addressLoaders } from '../modules/addresses/address.loaders';
import { auditLoaders } from '../modules/audit/audit.loaders';
import { contactLoaders } from '../modules/contacts/contact.loaders';
import { customerLoaders } from '../modules/customers/customer.loaders';
import { noteLoaders } from '../modules/notes/note.loaders';

/** Every per-request DataLoader; each module contributes its own. */
export const createLoaders = (db: DataSource) => ({
  ...customerLoaders(db),
  ...contactLoaders(db),
  ...addressLoaders(db),
  ...noteLoaders(db),
  ...auditLoaders(db),
});

export type Loaders = ReturnType<typeof createLoaders>;
