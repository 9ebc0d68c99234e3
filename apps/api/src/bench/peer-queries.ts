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

/**
 * The profile's data through PostGraphile's generated relations: every widget's rows, fetched
 * as PostGraphile serves them (one SQL statement for the customer, one for the open sessions).
 * What the API computes from them (age buckets, next run's charges, usage totals, phone usage
 * by call class) PostGraphile leaves to its client, so it fetches the rows those figures come
 * from: every ledger row (invoices, payments, allocations, credit notes, adjustments), the
 * billed charges, the call and usage rollups.
 */
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
    notificationDestinationsByCustomerId(orderBy: [POSITION_ASC, CREATED_AT_ASC]) { nodes { id kind channel address position } }
    dataAccountsByCustomerId(orderBy: USERNAME_ASC) {
      nodes {
        id username status statusReason statusChangedAt startDate endDate staticIp notes customPriceCents version createdAt
        dataPackageByPackageId { id name downloadKbps uploadKbps dataCapBytes monthlyPriceCents }
        customerAddressByAddressId { id label line1 city }
        usageMonthliesByDataAccountId(orderBy: MONTH_ASC) { nodes { month uploadBytes downloadBytes } }
      }
    }
    packageChangesByCustomerId(first: 20, orderBy: [EFFECTIVE_DATE_DESC, SUBMITTED_AT_DESC, ID_DESC]) {
      nodes {
        id dataAccountId effectiveDate state immediate submittedByName submittedAt settledAt reason
        dataAccountByDataAccountId { username } dataPackageByFromPackageId { name } dataPackageByToPackageId { name }
      }
    }
    voipLinesByCustomerId(orderBy: [START_DATE_DESC, ID_ASC]) {
      nodes { id number lineType label monthlyChargeCents startDate endDate tariffId version voipTariffByTariffId { name } }
    }
    voipCallRollupsByCustomerId { nodes { lineId month callClass calls billedSeconds chargeCents } }
    voipCustomerRatingByCustomerId { defaultTariffId classMarkups fallbackMarkupPercent version voipTariffByDefaultTariffId { name } }
    billingAccountByCustomerId {
      paymentMethod verification billingCycle vatRateBp creditLimitCents version debitAccountLast4 debitDay cardLast4
      paymentTermsKind paymentTermsValue billLengthEmail openingBalanceCents openingDate
    }
    invoicesByCustomerId(orderBy: [INVOICE_DATE_DESC, CREATED_AT_DESC]) {
      nodes { id number state invoiceDate dueDate totalCents snapshot invoiceLinesByInvoiceId(orderBy: CREATED_AT_ASC) { nodes { id kind description totalCents } } }
    }
    paymentsByCustomerId(orderBy: [RECEIVED_ON_DESC, CREATED_AT_DESC]) { nodes { id kind receivedOn method reference amountCents bankReference reversalOf reason createdAt } }
    allocationsByCustomerId { nodes { sourceKind sourceId targetKind targetId amountCents createdAt } }
    creditNotesByCustomerId { nodes { id invoiceId issuedOn amountCents reason } }
    adjustmentsByCustomerId { nodes { id adjustedOn amountCents reason } }
    pendingCharges: invoiceLinesByCustomerId(condition: { invoiceId: null }, orderBy: CREATED_AT_ASC) { nodes { id description totalCents } }
    billedChargesByCustomerId { nodes { source sourceId month kind startDate endDate days netCents } }
    billedPeriodsByCustomerId(first: 6, orderBy: PERIOD_START_DESC) {
      nodes { periodStart periodEnd outcome createdAt runId invoiceId billingRunByRunId { state done total } }
    }
  }
  openSessions(customer: $id) { nodes { id username nasAddress nasName framedIp macAddress startedAt lastUpdateAt uploadBytes downloadBytes } }
}`;
