import { graphql } from '@/gql';

export const SetNotificationDestinationsMutation = graphql(`
  mutation SetNotificationDestinations($input: SetNotificationDestinationsInput!) {
    setNotificationDestinations(input: $input) {
      id
      ...NotificationSettingsWidget_customer
    }
  }
`);

export const ApplyDefaultNotificationDestinationsMutation = graphql(`
  mutation ApplyDefaultNotificationDestinations($input: ApplyDefaultNotificationDestinationsInput!) {
    applyDefaultNotificationDestinations(input: $input) {
      id
      ...NotificationSettingsWidget_customer
    }
  }
`);
