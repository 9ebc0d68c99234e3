import { graphql } from '@/gql';

export const PhoneUsageRowFragment = graphql(`
  fragment PhoneUsageRowFields on PhoneUsageRow {
    period
    callClass
    calls
    minutes
    costCents
  }
`);

export const PhoneUsageWidgetFragment = graphql(`
  fragment PhoneUsageWidget_customer on Customer {
    id
    phoneUsage {
      year
      currency
      months {
        ...PhoneUsageRowFields
      }
      years {
        ...PhoneUsageRowFields
      }
    }
  }
`);

/** Another year's months, when the agent picks one (the profile loads this year's). */
export const PhoneUsageYearQuery = graphql(`
  query PhoneUsageYear($id: ID!, $year: Int!) {
    customer(id: $id) {
      id
      phoneUsage(year: $year) {
        year
        currency
        months {
          ...PhoneUsageRowFields
        }
      }
    }
  }
`);
