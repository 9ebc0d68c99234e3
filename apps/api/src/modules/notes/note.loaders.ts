import type { DataSource } from 'typeorm';
import { latestPerCustomerLoader, perCustomerLoader } from '../../graphql/loader-kit';
import { CustomerNote } from './customer-note.entity';

const notes = (db: DataSource) => db.getRepository(CustomerNote).createQueryBuilder('n');

export const noteLoaders = (db: DataSource) => ({
  /** Latest N notes per customer, the top-N computed in SQL. */
  latestNotes: latestPerCustomerLoader((ids, limit) =>
    notes(db)
      .where(
        `n.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY customer_id ORDER BY created_at DESC, id DESC) AS rn
                    FROM customer_note WHERE customer_id = ANY(:ids)) ranked WHERE rn <= :limit)`,
        { ids, limit },
      )
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .getMany(),
  ),
  popupNotes: perCustomerLoader((ids) =>
    notes(db).where('n.customer_id = ANY(:ids) AND n.popup', { ids }).orderBy('n.created_at', 'DESC').getMany(),
  ),
});
