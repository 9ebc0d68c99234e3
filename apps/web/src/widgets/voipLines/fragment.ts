import { graphql } from '@/gql';

export const VoipLinesWidgetFragment = graphql(`
  fragment VoipLinesWidget_customer on Customer {
    id
    voipLines {
      id
      number
      lineType
      label
      status
      monthlyCharge {
        cents
        currency
      }
      startDate
      endDate
      tariffId
      tariffName
      version
    }
  }
`);
