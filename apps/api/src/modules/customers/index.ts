// The public face of the customers module: other modules and the app import only from here.
export { customersModule } from './customers.module';
export * from './customer-records';
export { findCustomerInScope, scopedCustomers, scopeCondition } from './customer.scope';
export * from './customer.entity';
export * from './customer.enums';
export * from './customer.type';
export * from './postal-address';
export * from './customer-owned';
export * from './customer.scope';
