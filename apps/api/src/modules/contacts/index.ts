// The public face of the contacts module: other modules and the app import only from here.
export { contactsModule } from './contacts.module';
export * from './contact.entity';
