import { readPermission } from '@sightline/access';
import { graphql } from '@/gql';
import { definePermittedFragment, withPermittedFragments } from '@/lib/permittedFragments';

/** What a customer link needs to draw itself: its label and its status colour. */
export const CustomerLinkFragment = graphql(`
  fragment CustomerLink_customer on Customer {
    id
    name
    accountNumber
    status
  }
`);

/** Customers per page of the list. */
export const CUSTOMER_PAGE_SIZE = 25;

/** The list's phone, email and joined columns (`accountDetails:read`). */
export const CustomerListDetailsFragment = graphql(`
  fragment CustomerListDetails_customer on Customer {
    id
    accountDetails {
      phone
      mobile
      emails
      joinedAt
    }
  }
`);

/** The balance, in the list and the hover summary (`ageAnalysis:read`). */
export const CustomerBalanceFragment = graphql(`
  fragment CustomerBalance_customer on Customer {
    id
    balance {
      cents
      currency
    }
  }
`);

/** One page of the customer list: forward from `after`, or back from `before`. */
const CustomerListBaseQuery = graphql(`
  query CustomerList($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter) {
    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCountAtLeast
      totalCountIsCapped
      pageInfo {
        hasNextPage
        endCursor
        hasPreviousPage
        startCursor
      }
      edges {
        cursor
        node {
          id
          accountNumber
          status
          ...CustomerLink_customer
        }
      }
    }
  }
`);

const listDetails = definePermittedFragment({ fragment: CustomerListDetailsFragment, permission: readPermission('accountDetails') });
const listBalance = definePermittedFragment({ fragment: CustomerBalanceFragment, permission: readPermission('ageAnalysis') });

/** The customer list query with the columns the user may see (the same mechanism as the profile's). */
export function customerListQuery(permissions: Iterable<string>) {
  const { document, included } = withPermittedFragments(CustomerListBaseQuery, ['customers', 'edges', 'node'], [listDetails, listBalance], permissions);
  return { document, withDetails: included.includes(listDetails), withBalance: included.includes(listBalance) };
}

/** What the hover summary adds with `accountDetails:read`. */
export const CustomerSummaryDetailsFragment = graphql(`
  fragment CustomerSummaryDetails_customer on Customer {
    id
    accountDetails {
      companyName
      customerType
      phone
      emails
      joinedAt
      physicalAddress {
        city
        region
      }
    }
  }
`);

/** The hover summary of a customer link, fetched lazily when the card opens. */
const CustomerSummaryBaseQuery = graphql(`
  query CustomerSummary($id: ID!) {
    customer(id: $id) {
      id
      name
      accountNumber
      status
    }
  }
`);

const summaryDetails = definePermittedFragment({ fragment: CustomerSummaryDetailsFragment, permission: readPermission('accountDetails') });
const summaryBalance = definePermittedFragment({ fragment: CustomerBalanceFragment, permission: readPermission('ageAnalysis') });

/** The hover summary query with what the user may see. */
export function customerSummaryQuery(permissions: Iterable<string>) {
  const { document, included } = withPermittedFragments(CustomerSummaryBaseQuery, ['customer'], [summaryDetails, summaryBalance], permissions);
  return { document, withDetails: included.includes(summaryDetails), withBalance: included.includes(summaryBalance) };
}
