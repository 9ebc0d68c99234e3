import { graphql } from '@/gql';

/** A contact person as the contacts table and form read it; updateContact returns the same. */
export const ContactFragment = graphql(`
  fragment ContactFields on Contact {
    id
    name
    role
    phone
    email
    isPrimary
    version
  }
`);

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
        ...PostalAddressFields
      }
      postalAddress {
        ...PostalAddressFields
      }
      latitude
      longitude
      joinedAt
      version
    }
    contacts {
      ...ContactFields
    }
  }
`);
