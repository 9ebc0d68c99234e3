import { graphql } from '@/gql';

export const NotificationSettingsWidgetFragment = graphql(`
  fragment NotificationSettingsWidget_customer on Customer {
    id
    notificationSettings {
      id
      orphanedCount
      cells {
        id
        kind
        channel
        destinations {
          id
          address
          orphaned
        }
      }
    }
  }
`);
