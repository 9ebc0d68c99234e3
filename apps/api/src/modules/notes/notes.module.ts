import { defineModule } from '../../kernel/module';
import { seedDemoNotes } from './note.demo';
import { noteProbes } from './note.probes';
import { MIGRATIONS } from './migrations';
import { CustomerNote } from './customer-note.entity';
import { noteLoaders } from './note.loaders';
import { NoteFieldsResolver, NoteResolver } from './note.resolver';
import { noteRules } from './note.rules';
import { PopupNoteDismissal } from './popup-note-dismissal.entity';

/** Widget notes: internal notes, pop-up alerts, corrections. */
export const notesModule = defineModule({
  name: 'notes',
  entities: [CustomerNote, PopupNoteDismissal],
  migrations: MIGRATIONS,
  resolvers: [NoteResolver, NoteFieldsResolver],
  rules: noteRules,
  loaders: noteLoaders,
  auditActions: {
    'note.add': 'Note added',
    'note.update': 'Note changed',
    'note.popup': 'Pop-up flag changed',
    'note.edit': 'Note corrected',
    'note.dismiss': 'Pop-up dismissed',
    'note.remove': 'Note deleted',
  },
  probes: noteProbes,
  seed: seedDemoNotes,
  seedBulkTables: ['customer_note'],
});
