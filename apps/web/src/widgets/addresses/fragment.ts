import { graphql } from '@/gql';

export const AddressesWidgetFragment = graphql(`
  fragment AddressesWidget_customer on Customer {
    id
    addresses {
      id
      label
      kind
      address {
        line1
        line2
        city
        region
        postalCode
        country
      }
      latitude
      longitude
      notes
      version
    }
  }
`);
