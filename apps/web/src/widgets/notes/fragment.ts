import { graphql } from '@/gql';

export const NotesWidgetFragment = graphql(`
  fragment NotesWidget_customer on Customer {
    id
    notes(first: 20) {
      id
      body
      category
      popup
      authorName
      createdAt
    }
  }
`);
