import { graphql } from '@/gql';

export const PackageChangesWidgetFragment = graphql(`
  fragment PackageChangesWidget_customer on Customer {
    id
    packageChanges(first: 20) {
      id
      dataAccountId
      username
      effectiveDate
      state
      immediate
      submittedByName
      submittedAt
      settledAt
      reason
      fromPackage {
        id
        name
      }
      toPackage {
        id
        name
      }
    }
  }
`);
