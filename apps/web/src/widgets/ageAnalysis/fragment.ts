import { graphql } from '@/gql';

export const AgeAnalysisWidgetFragment = graphql(`
  fragment AgeAnalysisWidget_customer on Customer {
    id
    ageAnalysis {
      currency
      asOf
      currentCents
      days30Cents
      days60Cents
      days90Cents
      days120PlusCents
      unallocatedCreditCents
      balanceCents
      openItems { kind id reference date dueDate side amountCents openCents daysOverdue }
    }
  }
`);
