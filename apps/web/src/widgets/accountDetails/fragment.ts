import { graphql } from '@/gql';

export const AccountDetailsWidgetFragment = graphql(`
  fragment AccountDetailsWidget_customer on Customer {
    id
    accountDetails {
      name
      companyName
      accountNumber
      status
      customerType
      customerGroup
      emails
      phone
      mobile
      vatNumber
      accountManager {
        id
        name
      }
      reseller {
        id
        name
      }
      physicalAddress {
        line1
        line2
        city
        region
        postalCode
        country
      }
      postalAddress {
        line1
        line2
        city
        region
        postalCode
        country
      }
      latitude
      longitude
      joinedAt
      version
    }
    contacts {
      id
      name
      role
      phone
      email
      isPrimary
      version
    }
  }
`);
