import { graphql } from '@/gql';

/** The packages an account of this customer may be put on (active, in its currency). */
export const OfferedPackagesQuery = graphql(`
  query OfferedPackages($customerId: ID!) {
    offeredDataPackages(customerId: $customerId) {
      id
      name
      downloadKbps
      uploadKbps
      dataCapBytes
      monthlyPriceCents
    }
  }
`);

/** The customer's addresses, for the installation site (asked only with addresses:read). */
export const InstallationSitesQuery = graphql(`
  query InstallationSites($id: ID!) {
    customer(id: $id) {
      id
      addresses {
        id
        label
        kind
      }
    }
  }
`);

export const AddDataAccountMutation = graphql(`
  mutation AddDataAccount($input: AddDataAccountInput!) {
    addDataAccount(input: $input) {
      account {
        id
        username
      }
      password
    }
  }
`);

export const UpdateDataAccountMutation = graphql(`
  mutation UpdateDataAccount($input: UpdateDataAccountInput!) {
    updateDataAccount(input: $input) {
      id
      version
    }
  }
`);

export const ChangeDataAccountPackageMutation = graphql(`
  mutation ChangeDataAccountPackage($id: ID!, $packageId: ID!) {
    changeDataAccountPackage(id: $id, packageId: $packageId) {
      id
      version
    }
  }
`);

export const SuspendDataAccountMutation = graphql(`
  mutation SuspendDataAccount($id: ID!, $reason: String!) {
    suspendDataAccount(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const UnsuspendDataAccountMutation = graphql(`
  mutation UnsuspendDataAccount($id: ID!, $reason: String!) {
    unsuspendDataAccount(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const CancelDataAccountMutation = graphql(`
  mutation CancelDataAccount($id: ID!, $reason: String!, $endDate: String) {
    cancelDataAccount(id: $id, reason: $reason, endDate: $endDate) {
      id
      status
    }
  }
`);

export const SuspendAllDataAccountsMutation = graphql(`
  mutation SuspendAllDataAccounts($customerId: ID!, $reason: String!) {
    suspendCustomerDataAccounts(customerId: $customerId, reason: $reason) {
      id
    }
  }
`);

export const CancelAllDataAccountsMutation = graphql(`
  mutation CancelAllDataAccounts($customerId: ID!, $reason: String!) {
    cancelCustomerDataAccounts(customerId: $customerId, reason: $reason) {
      id
    }
  }
`);

export const SetDataAccountPasswordMutation = graphql(`
  mutation SetDataAccountPassword($id: ID!, $password: String!) {
    setDataAccountPassword(id: $id, password: $password) {
      id
    }
  }
`);

export const RegenerateDataAccountPasswordMutation = graphql(`
  mutation RegenerateDataAccountPassword($id: ID!) {
    regenerateDataAccountPassword(id: $id) {
      account {
        id
        username
      }
      password
    }
  }
`);
