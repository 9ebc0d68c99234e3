import { graphql } from '@/gql';

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

/**
 * One page of the customer list: forward from `after`, or back from `before`. Columns that need a widget permission are asked for only
 * when it is granted ($withDetails: accountDetails:read, $withBalance: ageAnalysis:read).
 */
export const CustomerListQuery = graphql(`
  query CustomerList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: CustomerFilter
    $withDetails: Boolean!
    $withBalance: Boolean!
  ) {
    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
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
          accountDetails @include(if: $withDetails) {
            phone
            mobile
            emails
            joinedAt
          }
          balance @include(if: $withBalance) {
            cents
            currency
          }
        }
      }
    }
  }
`);

/** The hover summary of a customer link, fetched lazily when the card opens. */
export const CustomerSummaryQuery = graphql(`
  query CustomerSummary($id: ID!, $withDetails: Boolean!, $withBalance: Boolean!) {
    customer(id: $id) {
      id
      name
      accountNumber
      status
      accountDetails @include(if: $withDetails) {
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
      balance @include(if: $withBalance) {
        cents
        currency
      }
    }
  }
`);
