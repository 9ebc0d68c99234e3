import { graphql } from '@/gql';

/** A note as the notes list draws it; addNote returns the same, so the new note is complete in the cache. */
export const NoteFragment = graphql(`
  fragment NoteFields on CustomerNote {
    id
    body
    category
    popup
    authorName
    createdAt
    editedAt
    writtenByMe
  }
`);

export const NotesWidgetFragment = graphql(`
  fragment NotesWidget_customer on Customer {
    id
    notes(first: 20) {
      ...NoteFields
    }
  }
`);
