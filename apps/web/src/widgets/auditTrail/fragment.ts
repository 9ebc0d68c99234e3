import { graphql } from '@/gql';

export const AuditTrailWidgetFragment = graphql(`
  fragment AuditTrailWidget_customer on Customer {
    id
    auditTrail(first: 20) {
      edges {
        cursor
        node {
          ...AuditTrailEntry_entry
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AuditTrailEntryFragment = graphql(`
  fragment AuditTrailEntry_entry on AuditEntry {
    id
    at
    actorName
    actorKind
    client
    action
    field
    oldValue
    newValue
  }
`);

/** Older entries, fetched on demand when the agent asks for more. */
export const AuditTrailPageQuery = graphql(`
  query AuditTrailPage($customerId: ID!, $after: String) {
    customer(id: $customerId) {
      id
      auditTrail(first: 20, after: $after) {
        edges {
          cursor
          node {
            ...AuditTrailEntry_entry
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
