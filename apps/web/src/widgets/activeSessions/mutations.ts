import { graphql } from '@/gql';

export const DisconnectSessionMutation = graphql(`
  mutation DisconnectSession($id: ID!) {
    disconnectSession(sessionId: $id) {
      sessionId
      outcome
      errorCause
      nasAddress
    }
  }
`);
