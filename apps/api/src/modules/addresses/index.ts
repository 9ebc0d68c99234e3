// The public face of the addresses module: other modules and the app import only from here.
export { addressesModule } from './addresses.module';
export * from './customer-address.entity';
