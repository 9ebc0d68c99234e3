import type { DataSource } from 'typeorm';
import { plainSql } from '../../kernel/db/plain-rows';
import { latestPerCustomerLoader, perCustomerWithArgLoader } from '../../kernel/loaders';
import { CustomerNote } from './customer-note.entity';

const latest = plainSql(
  CustomerNote,
  'n',
  (columns) => `SELECT ${columns} FROM customer_note n
                 WHERE n.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY customer_id ORDER BY created_at DESC, id DESC) AS rn
                                                  FROM customer_note WHERE customer_id = ANY($1)) ranked WHERE rn <= $2)
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
