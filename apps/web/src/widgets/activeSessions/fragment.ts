import { graphql } from '@/gql';

export const ActiveSessionsWidgetFragment = graphql(`
  fragment ActiveSessionsWidget_customer on Customer {
    id
    activeSessions {
      id
      username
      nasAddress
      nasName
      framedIp
      macAddress
      startedAt
      lastUpdateAt
      durationSeconds
      uploadBytes
      downloadBytes
      stale
    }
  }
`);
