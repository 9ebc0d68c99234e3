import type { DataSource } from 'typeorm';
import { getPlainMany } from '../../kernel/db/plain-rows';
import { latestPerCustomerLoader, perCustomerWithArgLoader } from '../../kernel/loaders';
import { CustomerNote } from './customer-note.entity';

const notes = (db: DataSource) => db.getRepository(CustomerNote).createQueryBuilder('n');

export const noteLoaders = (db: DataSource) => ({
  /** Latest N notes per customer, the top-N computed in SQL. */
  latest: latestPerCustomerLoader((ids, limit) =>
    getPlainMany(
      notes(db)
        .where(
          `n.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY customer_id ORDER BY created_at DESC, id DESC) AS rn
                      FROM customer_note WHERE customer_id = ANY(:ids)) ranked WHERE rn <= :limit)`,
          { ids, limit },
        )
        .orderBy('n.created_at', 'DESC')
        .addOrderBy('n.id', 'DESC'),
    ),
  ),
  /** Keys `customerId:viewerUserId` (empty viewer: an API token): pop-ups the viewer has not dismissed. */
  popups: perCustomerWithArgLoader((ids, viewer) => {
    const qb = notes(db).where('n.customer_id = ANY(:ids) AND n.popup', { ids });
    if (viewer) {
      qb.andWhere('NOT EXISTS (SELECT 1 FROM popup_note_dismissal d WHERE d.note_id = n.id AND d.user_id = :viewer)', { viewer });
    }
    return getPlainMany(qb.orderBy('n.created_at', 'DESC'));
  }),
});

declare module '../../kernel/context' {
  interface Loaders {
    notes: ReturnType<typeof noteLoaders>;
  }
}
