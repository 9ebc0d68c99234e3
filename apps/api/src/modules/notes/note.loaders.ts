import type { DataSource } from 'typeorm';
import { plainSql } from '../../kernel/db/plain-rows';
import { latestPerCustomerLoader, perCustomerWithArgLoader } from '../../kernel/loaders';
import { CustomerNote } from './customer-note.entity';

const latest = plainSql(
  CustomerNote,
  'n',
  // Top N per customer as a lateral LIMIT along (customer_id, created_at): reads only the N rows.
  (columns) => `SELECT ${columns} FROM unnest($1::uuid[]) c(id)
                 CROSS JOIN LATERAL (SELECT * FROM customer_note x WHERE x.customer_id = c.id ORDER BY x.created_at DESC, x.id DESC LIMIT $2) n
                 ORDER BY n.created_at DESC, n.id DESC`,
);
const popups = plainSql(CustomerNote, 'n', (columns) => `SELECT ${columns} FROM customer_note n WHERE n.customer_id = ANY($1) AND n.popup ORDER BY n.created_at DESC`);
const popupsFor = plainSql(
  CustomerNote,
  'n',
  (columns) => `SELECT ${columns} FROM customer_note n
                 WHERE n.customer_id = ANY($1) AND n.popup
                   AND NOT EXISTS (SELECT 1 FROM popup_note_dismissal d WHERE d.note_id = n.id AND d.user_id = $2)
                 ORDER BY n.created_at DESC`,
);

export const noteLoaders = (db: DataSource) => ({
  /** Latest N notes per customer, the top-N computed in SQL. */
  latest: latestPerCustomerLoader((ids, limit) => latest(db, [ids, limit])),
  /** Keys `customerId:viewerUserId` (empty viewer: an API token): pop-ups the viewer has not dismissed. */
  popups: perCustomerWithArgLoader((ids, viewer) => (viewer ? popupsFor(db, [ids, viewer]) : popups(db, [ids]))),
});

declare module '../../kernel/context' {
  interface Loaders {
    notes: ReturnType<typeof noteLoaders>;
  }
}
