// The public face of the resellers module: other modules and the app import only from here.
export { resellersModule } from './resellers.module';
export * from './reseller.entity';
export * from './reseller.service';
export * from './reseller.demo';
