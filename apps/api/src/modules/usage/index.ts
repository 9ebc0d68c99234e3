// The public face of the usage module: other modules and the app import only from here.
export { usageModule } from './usage.module';
