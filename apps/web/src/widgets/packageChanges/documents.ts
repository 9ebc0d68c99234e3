import { graphql } from '@/gql';

/** The customer's accounts that may change package (asked only with dataAccounts:read). */
export const ChangeableAccountsQuery = graphql(`
  query ChangeableAccounts($id: ID!) {
    customer(id: $id) {
      id
      dataAccounts {
        id
        username
        status
        package {
          id
          name
        }
      }
    }
  }
`);

export const SchedulePackageChangeMutation = graphql(`
  mutation SchedulePackageChange($input: SchedulePackageChangeInput!) {
    schedulePackageChange(input: $input) {
      id
      state
    }
  }
`);

export const CancelPackageChangeMutation = graphql(`
  mutation CancelPackageChange($id: ID!) {
    cancelPackageChange(id: $id) {
      id
      state
    }
  }
`);
