import { graphql } from '@/gql';

export const AddNoteMutation = graphql(`
  mutation AddNote($input: AddNoteInput!) {
    addNote(input: $input) {
      ...NoteFields
    }
  }
`);

export const SetNotePopupMutation = graphql(`
  mutation SetNotePopup($id: ID!, $popup: Boolean!) {
    setNotePopup(id: $id, popup: $popup) {
      id
      popup
    }
  }
`);

export const EditNoteMutation = graphql(`
  mutation EditNote($input: EditNoteInput!) {
    editNote(input: $input) {
      ...NoteFields
    }
  }
`);

export const RemoveNoteMutation = graphql(`
  mutation RemoveNote($id: ID!) {
    removeNote(id: $id)
  }
`);

export const DismissPopupNoteMutation = graphql(`
  mutation DismissPopupNote($noteId: ID!) {
    dismissPopupNote(noteId: $noteId) {
      id
    }
  }
`);
