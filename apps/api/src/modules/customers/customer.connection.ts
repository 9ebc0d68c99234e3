import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../kernel/pagination';
import type { CustomerFilter } from './customer.inputs';
import { Customer } from './customer.type';

@ObjectType()
export class CustomerEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Customer)
  node: Customer;
}

@ObjectType()
export class CustomerConnection {
  @Field(() => [CustomerEdge])
  edges: CustomerEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  // totalCount is resolved only when asked for (one COUNT query) by CustomerConnectionResolver.
  @Field(() => Int, { description: 'Customers matching the filter, in your scope' })
  totalCount: number;

  filter?: CustomerFilter;
}
