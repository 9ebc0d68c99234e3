// The same workloads as GraphQL queries for the API and for PostGraphile 4.

/** The columns the customer list shows (apps/web CustomerList with every permission). */
export const API_LIST_QUERY = `query List($first: Int, $after: String, $filter: CustomerFilter) {
  customers(first: $first, after: $after, filter: $filter) {
    totalCountAtLeast totalCountIsCapped
    pageInfo { hasNextPage endCursor hasPreviousPage startCursor }
    edges { cursor node { id accountNumber name status accountDetails { phone mobile emails joinedAt } balance { cents currency } } }
  }
}`;

const PG_LIST_NODE = `id accountNumber name status phone mobile emails joinedAt balanceCents currency`;

/** PostGraphile's list page: its exact totalCount (it has no capped one), keyset cursor on (name, id). */
export const POSTGRAPHILE_LIST_QUERY = `query List($first: Int, $after: Cursor) {
  allCustomers(first: $first, after: $after, orderBy: [NAME_ASC, ID_ASC]) {
    totalCount
    pageInfo { hasNextPage endCursor hasPreviousPage startCursor }
    edges { cursor node { ${PG_LIST_NODE} } }
  }
}`;

/** PostGraphile's search: the bench's search_customers function (postgraphile-schema.ts). */
export const POSTGRAPHILE_SEARCH_QUERY = `query Search($term: String!, $first: Int) {
  searchCustomers(term: $term, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${PG_LIST_NODE} } }
  }
}`;

const PLACE = (prefix: string) =>
  ['Line1', 'Line2', 'City', 'Region', 'PostalCode', 'Country'].map((f) => prefix + f).join(' ');

/** The profile's data through PostGraphile's generated relations (one SQL statement). */
export const POSTGRAPHILE_PROFILE_QUERY = `query Profile($id: UUID!) {
  customerById(id: $id) {
    id accountNumber name status companyName customerType customerGroup emails phone mobile vatNumber
    latitude longitude joinedAt version balanceCents currency
    ${PLACE('physical')} ${PLACE('postal')}
    appUserByAccountManagerId { id name }
    resellerByResellerId { id name }
    contactsByCustomerId(orderBy: [IS_PRIMARY_DESC, NAME_ASC]) { nodes { id name role phone email isPrimary version } }
    customerAddressesByCustomerId(orderBy: CREATED_AT_ASC) {
      nodes { id label kind notes version latitude longitude line1 line2 city region postalCode country }
    }
    notes: customerNotesByCustomerId(first: 20, orderBy: [CREATED_AT_DESC, ID_DESC]) {
      nodes { id body category popup authorId authorName createdAt editedAt }
    }
    popupNotes: customerNotesByCustomerId(condition: { popup: true }, orderBy: CREATED_AT_DESC) {
      nodes { id body category authorName createdAt }
    }
    auditEntriesByCustomerId(first: 20, orderBy: ID_DESC) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id at actorName actorKind client action target field oldValue newValue } }
    }
  }
}`;
