import { graphql } from '@/gql';

/** Header fields open to anyone who may open a customer at all. */
export const ProfileHeaderFragment = graphql(`
  fragment ProfileHeader_customer on Customer {
    id
    name
    accountNumber
    status
  }
`);

/** The balance is age-analysis data: only spread when `ageAnalysis:read` is granted. */
export const ProfileBalanceFragment = graphql(`
  fragment ProfileBalance_customer on Customer {
    id
    balance {
      cents
      currency
    }
  }
`);

/** Notes flagged as pop-up show as red alerts when the profile opens (`notes:read`). */
export const ProfilePopupNotesFragment = graphql(`
  fragment ProfilePopupNotes_customer on Customer {
    id
    popupNotes {
      id
      body
      category
      authorName
      createdAt
    }
  }
`);
