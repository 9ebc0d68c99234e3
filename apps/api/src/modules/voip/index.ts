// The public face of the voip module: other modules and the app import only from here.
export { voipModule } from './voip.module';
export * from './call-class';
export * from './voip-line.entity';
export * from './voip-tariff.entity';
