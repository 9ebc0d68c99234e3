import { registerEnumType } from 'type-graphql';

/** Seed 004: the status controls billing. */
export enum CustomerStatus {
  ACTIVE = 'active',
  ACTIVE_DO_NOT_BILL = 'active_do_not_bill',
  FINAL_BILL = 'final_bill',
  DROPPED = 'dropped',
}

export enum CustomerType {
  RESIDENTIAL = 'residential',
  BUSINESS = 'business',
}

registerEnumType(CustomerStatus, { name: 'CustomerStatus', description: 'Billing status of the account (seed 004)' });
registerEnumType(CustomerType, { name: 'CustomerType' });
