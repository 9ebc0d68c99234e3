import { readPermission } from '@sightline/access';
import { graphql } from '@/gql';
import { definePermittedFragment } from '@/lib/permittedFragments';

/** The composed profile query's name: mutations on the profile re-ask it by this name. */
export const PROFILE_OPERATION_NAME = 'CustomerProfile';

/**
 * The profile query before composition: `composeProfileQuery` adds the page fragments below
 * and the fragment of every widget the user may read under `customer`.
 */
export const CustomerProfileBaseQuery = graphql(`
  query CustomerProfile($id: ID!) {
    customer(id: $id) {
      id
    }
  }
`);

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

/** The page's own parts: asked for like widgets are, each with the permission it needs. */
export const profileHeader = definePermittedFragment({ fragment: ProfileHeaderFragment, permission: null });
export const profileBalance = definePermittedFragment({ fragment: ProfileBalanceFragment, permission: readPermission('ageAnalysis') });
export const profilePopupNotes = definePermittedFragment({ fragment: ProfilePopupNotesFragment, permission: readPermission('notes') });

export const PROFILE_PAGE_FRAGMENTS = [profileHeader, profileBalance, profilePopupNotes] as const;
