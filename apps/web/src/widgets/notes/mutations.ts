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
