// The public face of the auth module: other modules and the app import only from here.
export { authModule } from './auth.module';
export * from './bootstrap-admin';
export * from './password';
export * from './role.entity';
export * from './session.entity';
export * from './staff-user.entity';
export * from './tokens';
export * from './actor';
export { startSessionCache, stopSessionCache } from './session-cache';
export * from './rate-limit';
export * from './auth.demo';
