// The public face of the catalogue module: other modules and the app import only from here.
export { catalogueModule } from './catalogue.module';
export * from './data-package.entity';
export { findDataPackage, offeredDataPackages } from './catalogue.service';
export { DEMO_PACKAGES } from './catalogue.demo';
