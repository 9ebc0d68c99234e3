// The public face of the notes module: other modules and the app import only from here.
export { notesModule } from './notes.module';
export * from './customer-note.entity';
