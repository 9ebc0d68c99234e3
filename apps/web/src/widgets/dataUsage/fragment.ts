import { graphql } from '@/gql';

export const DataUsageFieldsFragment = graphql(`
  fragment DataUsageFields on DataUsage {
    view
    year
    years
    totals {
      period
      uploadBytes
      downloadBytes
    }
    accounts {
      dataAccountId
      username
      status
      periods {
        period
        uploadBytes
        downloadBytes
      }
      currentMonth {
        month
        usedBytes
        capBytes
        percentOfCap
      }
    }
  }
`);

/** The profile asks for this year by month; other views are fetched by the card (DataUsageQuery). */
export const DataUsageWidgetFragment = graphql(`
  fragment DataUsageWidget_customer on Customer {
    id
    dataUsage {
      ...DataUsageFields
    }
  }
`);

export const DataUsageQuery = graphql(`
  query DataUsage($id: ID!, $view: UsageView!, $year: Int) {
    customer(id: $id) {
      id
      dataUsage(view: $view, year: $year) {
        ...DataUsageFields
      }
    }
  }
`);
