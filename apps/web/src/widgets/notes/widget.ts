import { defineWidget } from '../defineWidget';
import { NotesWidgetFragment } from './fragment';

export const notesWidget = defineWidget({
  id: 'notes',
  fragment: NotesWidgetFragment,
  span: 6,
  component: () => import('./NotesWidget').then((m) => m.NotesWidget),
});
