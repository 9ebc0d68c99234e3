import { graphql } from '@/gql';

export const AddVoipLineMutation = graphql(`
  mutation AddVoipLine($input: AddVoipLineInput!) {
    addVoipLine(input: $input) {
      id
      number
    }
  }
`);

export const ExpireVoipLineMutation = graphql(`
  mutation ExpireVoipLine($input: ExpireVoipLineInput!) {
    expireVoipLine(input: $input) {
      id
      status
      endDate
    }
  }
`);

export const ImportCallRecordsMutation = graphql(`
  mutation ImportCallRecords($input: ImportCallRecordsInput!) {
    importCallRecords(input: $input) {
      id
      fileName
      ok
      rows
      imported
      duplicates
      notAnswered
      unrated
      errors {
        line
        message
      }
    }
  }
`);

/** The tariffs a line may be given (names only: what a line writer may read). */
export const VoipTariffOptionsQuery = graphql(`
  query VoipTariffOptions {
    voipTariffs {
      id
      name
    }
  }
`);
