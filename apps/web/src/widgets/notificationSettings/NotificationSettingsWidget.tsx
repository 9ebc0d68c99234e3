'use client';

import { useState } from 'react';
import { ActionIcon, Badge, Group, Modal, Notification, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconPencil } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '@/gql';
import type { NotificationChannel, NotificationKind, NotificationSettingsWidget_CustomerFragment } from '@/gql/graphql';
import { Can } from '@/auth/Can';
import { ConfirmButton } from '@/components/ConfirmButton';
import { WidgetActions } from '@/profile/WidgetActions';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { describeError } from '@/lib/graphqlErrors';
import { countOf } from '@/lib/format';
import { NotificationSettingsWidgetFragment } from './fragment';
import { ApplyDefaultNotificationDestinationsMutation } from './mutations';
import { DestinationsForm } from './DestinationsForm';
import { CHANNELS, KINDS, channelLabel, kindLabel } from './labels';

type Cell = NonNullable<NotificationSettingsWidget_CustomerFragment['notificationSettings']>['cells'][number];

/**
 * Where each kind of message goes, by email and SMS (seed 000 §3.6): a matrix of kinds ×
 * channels, each cell its destinations. Destinations that match none of the customer's
 * current emails or phone numbers are flagged, and counted in a banner above the matrix.
 */
export function NotificationSettingsWidget({ customer }: { customer: FragmentType<typeof NotificationSettingsWidgetFragment> }) {
  const c = getFragmentData(NotificationSettingsWidgetFragment, customer);
  const settings = c.notificationSettings;
  const [editing, setEditing] = useState<{ kind: NotificationKind; channel: NotificationChannel } | null>(null);
  const [applyDefault, defaultState] = useProfileMutation(ApplyDefaultNotificationDestinationsMutation);
  const [defaultError, setDefaultError] = useState<unknown>(null);
  if (!settings) return null;

  const cellOf = (kind: NotificationKind, channel: NotificationChannel): Cell | undefined =>
    settings.cells.find((x) => x.kind === kind && x.channel === channel);
  const editingCell = editing && cellOf(editing.kind, editing.channel);
  const orphaned = settings.orphanedCount;

  return (
    <Stack gap="sm">
      <Can permission="notificationSettings:write">
        <WidgetActions>
          <ConfirmButton
            label="Reset to account details"
            question="Send every kind of message to the billing emails and mobile number in the account details? This replaces the destinations listed here."
            confirmLabel="Yes, reset"
            loading={defaultState.loading}
            onConfirm={async () => {
              setDefaultError(null);
              try {
                await applyDefault({ variables: { input: { customerId: c.id } } });
              } catch (error) {
                setDefaultError(error);
              }
            }}
          />
        </WidgetActions>
      </Can>
      {orphaned > 0 && (
        // A warning about the data, not a failure: a status line rather than an error alert.
        <Paper withBorder p="xs" bg="orange.0" role="status" data-testid="orphaned-banner">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconAlertTriangle size={18} color="var(--mantine-color-orange-7)" aria-hidden style={{ flexShrink: 0 }} />
            <Text size="sm">
              <b>{countOf(orphaned, 'destination')}</b> no longer {orphaned === 1 ? 'matches' : 'match'} any of the customer&apos;s
              emails or phone numbers (account details and contacts). Messages sent there may not reach the customer.
            </Text>
          </Group>
        </Paper>
      )}
      {defaultError ? (
        <Notification color="red" title="Destinations not reset" withCloseButton onClose={() => setDefaultError(null)}>
          {describeError(defaultError)}
        </Notification>
      ) : null}
      <Table striped withTableBorder verticalSpacing={6} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="28%">Message</Table.Th>
            {CHANNELS.map((ch) => <Table.Th key={ch.channel}>{ch.label}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {KINDS.map(({ kind, label }) => (
            <Table.Tr key={kind} data-testid={`notification-${kind}`}>
              <Table.Td><Text size="sm" fw={500}>{label}</Text></Table.Td>
              {CHANNELS.map(({ channel }) => (
                <Table.Td key={channel} data-testid={`notification-${kind}-${channel}`} style={{ verticalAlign: 'top' }}>
                  <Group gap={4} wrap="nowrap" align="flex-start" justify="space-between">
                    <Destinations cell={cellOf(kind, channel)} />
                    <Can permission="notificationSettings:write">
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        aria-label={`Edit ${label.toLowerCase()} by ${channelLabel(channel)}`}
                        onClick={() => setEditing({ kind, channel })}
                      >
                        <IconPencil size={14} />
                      </ActionIcon>
                    </Can>
                  </Group>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? `${kindLabel(editing.kind)} by ${channelLabel(editing.channel)}` : ''}
      >
        {editing && (
          <DestinationsForm
            customerId={c.id}
            kind={editing.kind}
            channel={editing.channel}
            addresses={editingCell?.destinations.map((d) => d.address) ?? []}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

/** A cell's destinations; "Not sent" when it has none. */
function Destinations({ cell }: { cell: Cell | undefined }) {
  if (!cell?.destinations.length) return <Text size="sm" c="dimmed">Not sent</Text>;
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      {cell.destinations.map((d) =>
        d.orphaned ? (
          <Tooltip key={d.id} label="Matches none of the customer's current emails or phone numbers" withArrow>
            <Group gap={4} wrap="nowrap" data-testid="orphaned-destination">
              <IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" aria-hidden />
              <Text size="sm" c="orange.8" truncate="end">{d.address}</Text>
              <Badge size="xs" color="orange" variant="light">not on account</Badge>
            </Group>
          </Tooltip>
        ) : (
          <Text key={d.id} size="sm" truncate="end">{d.address}</Text>
        ),
      )}
    </Stack>
  );
}
