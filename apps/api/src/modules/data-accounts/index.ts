// The public face of the data-accounts module: other modules and the app import only from here.
export { dataAccountsModule } from './data-accounts.module';
export * from './data-account.entity';
export * from './package-change.entity';
export { RADIUS, rateLimit } from './radius';
export { generateRadiusPassword, radiusPasswordHash, radiusPasswordMatches } from './radius-password';
// For the suspension widget and lifecycle actions: suspend / cancel all of a customer's accounts.
export { changeAllDataAccounts, suspendDataAccount, unsuspendDataAccount, cancelDataAccount } from './data-account.service';
export { applyDuePackageChanges } from './package-change.service';
