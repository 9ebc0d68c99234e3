import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../kernel/connection';
import type { CustomerFilter } from './customer.inputs';
import { Customer } from './customer.type';

@ObjectType()
export class CustomerConnection extends Connection(Customer, 'Customer') {
  // The counts are resolved only when asked for (one COUNT query each) by CustomerConnectionResolver.
  @Field(() => Int, { description: 'Customers matching the filter, in your scope: an exact count, which costs more the more match (the list uses totalCountAtLeast)' })
  totalCount: number;

  @Field(() => Int, {
    description: 'Matching customers counted up to 1,000 (cheap at any size); see totalCountIsCapped. The list shows "1,000+" when capped',
  })
  totalCountAtLeast: number;

  @Field(() => Boolean, { description: 'True when more customers match than totalCountAtLeast says' })
  totalCountIsCapped: boolean;

  filter?: CustomerFilter;
  /**
   * The capped count, asked for once for both of its fields. A nested object, because
   * type-graphql hands each field resolver its own copy of the parent (the copies share it).
   */
  memo?: { cappedCount?: Promise<{ count: number; capped: boolean }> };
}
