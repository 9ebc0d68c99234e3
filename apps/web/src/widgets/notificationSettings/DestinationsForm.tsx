'use client';

import { useState } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LIMITS } from '@sightline/access';
import type { NotificationChannel, NotificationKind } from '@/gql/graphql';
import { FormActions } from '@/components/FormActions';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { CHANNELS, channelLabel, kindLabel } from './labels';
import { ApplyDefaultNotificationDestinationsMutation, SetNotificationDestinationsMutation } from './mutations';

const MAX = LIMITS.notificationSettings.destinations;

/** One destination per line (commas and semicolons also separate them, as pasted from a mail client). */
export const splitDestinations = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((d) => d.trim())
    .filter(Boolean);

/** Edits where one kind of message goes by one channel: replaces the whole list. */
export function DestinationsForm({ customerId, kind, channel, addresses, onDone }: {
  customerId: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  addresses: readonly string[];
  onDone: () => void;
}) {
  const [setDestinations, setState] = useProfileMutation(SetNotificationDestinationsMutation);
  const [applyDefault, defaultState] = useProfileMutation(ApplyDefaultNotificationDestinationsMutation);
  const [defaultError, setDefaultError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { destinations: addresses.join('\n') },
    validate: {
      destinations: (v) => (splitDestinations(v).length > MAX ? `At most ${MAX} destinations` : null),
    },
  });
  const { onSubmit, formError, formRef } = useFormSubmit(form, ['destinations'], async (v) => {
    await setDestinations({ variables: { input: { customerId, kind, channel, destinations: splitDestinations(v.destinations) } } });
    onDone();
  });
  const fillFromAccountDetails = async () => {
    setDefaultError(null);
    try {
      await applyDefault({ variables: { input: { customerId, kind, channel } } });
      onDone();
    } catch (error) {
      setDefaultError(error);
    }
  };
  const what = CHANNELS.find((c) => c.channel === channel)!.what;
  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <Textarea
          label={`${what}, one per line`}
          description={
            channel === 'SMS'
              ? 'Mobile numbers in any common form (082 123 4567 or +27 82 123 4567); stored in international form.'
              : `Up to ${MAX}. Leave empty to stop sending ${kindLabel(kind).toLowerCase()} by ${channelLabel(channel).toLowerCase()}.`
          }
          autosize
          minRows={3}
          data-autofocus
          {...form.getInputProps('destinations')}
        />
        <Group justify="space-between" align="center">
          <Text size="xs" c="dimmed">
            Or send them to the {channel === 'SMS' ? 'mobile number' : 'billing emails'} in the account details.
          </Text>
          <Button size="xs" variant="light" onClick={fillFromAccountDetails} loading={defaultState.loading}>
            Use account details
          </Button>
        </Group>
        <FormActions
          error={formError ?? defaultError}
          fieldErrors={form.errors}
          onCancel={onDone}
          submit="Save destinations"
          loading={setState.loading}
        />
      </Stack>
    </form>
  );
}
