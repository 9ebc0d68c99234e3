import { graphql } from '@/gql';

export const UpdateAccountDetailsMutation = graphql(`
  mutation UpdateAccountDetails($input: UpdateAccountDetailsInput!) {
    updateAccountDetails(input: $input) {
      id
      name
      status
      accountDetails {
        name
        version
      }
    }
  }
`);

export const AddContactMutation = graphql(`
  mutation AddContact($input: AddContactInput!) {
    addContact(input: $input) {
      id
    }
  }
`);

export const UpdateContactMutation = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      ...ContactFields
    }
  }
`);

export const RemoveContactMutation = graphql(`
  mutation RemoveContact($id: ID!) {
    removeContact(id: $id)
  }
`);
