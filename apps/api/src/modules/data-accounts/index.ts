// The public face of the data-accounts module: other modules and the app import only from here.
export { dataAccountsModule } from './data-accounts.module';
export * from './data-account.entity';
export * from './package-change.entity';
export { RADIUS, rateLimit } from './radius';
export { generateRadiusPassword, radiusPasswordHash, radiusPasswordMatches } from './radius-password';
