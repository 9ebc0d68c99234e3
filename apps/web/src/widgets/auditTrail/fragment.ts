import { graphql } from '@/gql';

/** One page of the trail; the profile's first page and every older page read the same way. */
export const AuditTrailPageFragment = graphql(`
  fragment AuditTrailPage_connection on AuditEntryConnection {
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
`);

export const AuditTrailWidgetFragment = graphql(`
  fragment AuditTrailWidget_customer on Customer {
    id
    auditTrail(first: 20) {
      ...AuditTrailPage_connection
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
    actionLabel
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
        ...AuditTrailPage_connection
      }
    }
  }
`);
