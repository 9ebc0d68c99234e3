import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../kernel/connection';
import type { CustomerFilter } from './customer.inputs';
import { Customer } from './customer.type';

@ObjectType()
export class CustomerConnection extends Connection(Customer, 'Customer') {
  // totalCount is resolved only when asked for (one COUNT query) by CustomerConnectionResolver.
  @Field(() => Int, { description: 'Customers matching the filter, in your scope' })
  totalCount: number;

  filter?: CustomerFilter;
}
