// The public face of the audit module: other modules and the app import only from here.
export { auditModule } from './audit.module';
