import { graphql } from '@/gql';

export const VoipTariffFieldsFragment = graphql(`
  fragment VoipTariffFields on VoipTariff {
    id
    name
    description
    active
    fallbackMarkupPercent
    version
    rates {
      callClass
      ratePerMinuteCents
      billingIncrementSeconds
      minimumChargeCents
      connectionFeeCents
      markupPercent
    }
  }
`);

export const VoipTariffsAdminQuery = graphql(`
  query VoipTariffsAdmin {
    voipTariffs(includeInactive: true) {
      ...VoipTariffFields
    }
  }
`);

export const CreateVoipTariffMutation = graphql(`
  mutation CreateVoipTariff($input: VoipTariffInput!) {
    createVoipTariff(input: $input) {
      ...VoipTariffFields
    }
  }
`);

export const UpdateVoipTariffMutation = graphql(`
  mutation UpdateVoipTariff($input: UpdateVoipTariffInput!) {
    updateVoipTariff(input: $input) {
      ...VoipTariffFields
    }
  }
`);
