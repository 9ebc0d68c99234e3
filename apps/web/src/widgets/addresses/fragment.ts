import { graphql } from '@/gql';

export const AddressesWidgetFragment = graphql(`
  fragment AddressesWidget_customer on Customer {
    id
    addresses {
      id
      label
      kind
      address {
        ...PostalAddressFields
      }
      latitude
      longitude
      notes
      version
    }
  }
`);
