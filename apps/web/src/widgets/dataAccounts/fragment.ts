import { graphql } from '@/gql';

export const DataAccountsWidgetFragment = graphql(`
  fragment DataAccountsWidget_customer on Customer {
    id
    dataAccounts {
      id
      username
      status
      statusReason
      statusChangedAt
      startDate
      endDate
      staticIp
      notes
      customPriceCents
      monthlyPrice {
        cents
        currency
      }
      version
      package {
        id
        name
        downloadKbps
        uploadKbps
        dataCapBytes
      }
      installationAddress {
        id
        label
        summary
      }
    }
  }
`);
