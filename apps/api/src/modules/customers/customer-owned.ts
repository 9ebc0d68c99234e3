import { Column, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CustomerEntity } from './customer.entity';

/**
 * The base of every entity a customer owns: `customer_id` (the future distribution column,
 * ARCHITECTURE.md), its foreign key with cascade, and optionally its own index under a name
 * the entity keeps (existing indexes are not renamed).
 *   export class Contact extends CustomerOwned({ index: 'contact_customer_idx' }) { ... }
 */
export function CustomerOwned(opts: { index?: string } = {}) {
  abstract class Owned {
    @Column({ name: 'customer_id', type: 'uuid' })
    customerId: string;

    @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
    @JoinColumn({ name: 'customer_id' })
    customer?: CustomerEntity;
  }
  if (opts.index) Index(opts.index)(Owned.prototype, 'customerId');
  return Owned;
}
