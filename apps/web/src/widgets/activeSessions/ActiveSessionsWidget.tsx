'use client';

import { useState } from 'react';
import { Alert, Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '@/gql';
import type { ActiveSessionsWidget_CustomerFragment, DisconnectSessionMutation as DisconnectResult } from '@/gql/graphql';
import { Can } from '@/auth/Can';
import { ConfirmButton } from '@/components/ConfirmButton';
import { describeError } from '@/lib/graphqlErrors';
import { formatBytes, formatDuration } from '@/lib/bytes';
import { formatDateTime } from '@/lib/format';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { ActiveSessionsWidgetFragment } from './fragment';
import { DisconnectSessionMutation } from './mutations';

type Session = NonNullable<ActiveSessionsWidget_CustomerFragment['activeSessions']>[number];
type Outcome = DisconnectResult['disconnectSession'];

const OUTCOME_TEXT: Record<Outcome['outcome'], { color: string; title: string; text: (o: Outcome) => string }> = {
  ACK: { color: 'green', title: 'Disconnected', text: (o) => `${o.nasAddress} ended the session (Disconnect-ACK).` },
  NAK: {
    color: 'orange',
    title: 'The NAS refused',
    text: (o) => `${o.nasAddress} answered Disconnect-NAK${o.errorCause ? ` (${o.errorCause})` : ''}.`,
  },
  TIMEOUT: {
    color: 'red',
    title: 'No answer from the NAS',
    text: (o) => `${o.nasAddress} did not answer. Check that it accepts RADIUS disconnects (CoA) from Sightline with the same secret.`,
  },
};

/** Live data sessions (seed 000 §3.4): who is online, where, with which address, and how much so far. */
export function ActiveSessionsWidget({ customer }: { customer: FragmentType<typeof ActiveSessionsWidgetFragment> }) {
  const c = getFragmentData(ActiveSessionsWidgetFragment, customer);
  const [result, setResult] = useState<{ username: string; outcome?: Outcome; error?: string } | null>(null);
  const sessions = c.activeSessions ?? [];
  return (
    <Stack gap="sm">
      {result && (
        <Alert
          data-testid="disconnect-result"
          color={result.outcome ? OUTCOME_TEXT[result.outcome.outcome].color : 'red'}
          title={result.outcome ? `${OUTCOME_TEXT[result.outcome.outcome].title}: ${result.username}` : `Disconnect failed: ${result.username}`}
          withCloseButton
          onClose={() => setResult(null)}
        >
          {result.outcome ? OUTCOME_TEXT[result.outcome.outcome].text(result.outcome) : result.error}
        </Alert>
      )}
      {sessions.length === 0 ? (
        <Text c="dimmed" size="sm">No open sessions: none of the data accounts is online.</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Username</Table.Th>
                <Table.Th>NAS</Table.Th>
                <Table.Th>IP address</Table.Th>
                <Table.Th>MAC</Table.Th>
                <Table.Th>Started</Table.Th>
                <Table.Th>Duration</Table.Th>
                <Table.Th ta="right">Down / up</Table.Th>
                <Can permission="dataAccounts:write"><Table.Th aria-label="Actions" /></Can>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((s) => (
                <SessionRow key={s.id} session={s} onResult={setResult} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function SessionRow({ session: s, onResult }: { session: Session; onResult: (r: { username: string; outcome?: Outcome; error?: string }) => void }) {
  const [disconnect, { loading }] = useProfileMutation(DisconnectSessionMutation);
  return (
    <Table.Tr data-testid="session" c={s.stale ? 'dimmed' : undefined}>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={500}>{s.username}</Text>
          {s.stale && (
            <Tooltip label={`No accounting update since ${formatDateTime(s.lastUpdateAt)}: the NAS may have lost the session without a Stop`}>
              <Badge size="xs" color="gray" variant="outline">Stale</Badge>
            </Tooltip>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{s.nasName ?? s.nasAddress}</Text>
        {s.nasName && <Text size="xs" c="dimmed">{s.nasAddress}</Text>}
      </Table.Td>
      <Table.Td><Text size="sm" ff="monospace">{s.framedIp ?? '—'}</Text></Table.Td>
      <Table.Td><Text size="sm" ff="monospace">{s.macAddress ?? '—'}</Text></Table.Td>
      <Table.Td><Text size="sm">{formatDateTime(s.startedAt)}</Text></Table.Td>
      <Table.Td><Text size="sm">{formatDuration(s.durationSeconds)}</Text></Table.Td>
      <Table.Td ta="right">
        <Text size="sm">{formatBytes(s.downloadBytes)} / {formatBytes(s.uploadBytes)}</Text>
      </Table.Td>
      <Can permission="dataAccounts:write">
        <Table.Td>
          <Group justify="flex-end">
            <ConfirmButton
              label="Disconnect"
              icon={<IconPlugConnectedX size={14} />}
              question={`Disconnect ${s.username}? The NAS ends the session; the router usually reconnects within a minute.`}
              loading={loading}
              onConfirm={async () => {
                try {
                  const r = await disconnect({ variables: { id: s.id } });
                  if (r.data) onResult({ username: s.username, outcome: r.data.disconnectSession });
                } catch (error) {
                  onResult({ username: s.username, error: describeError(error) });
                }
              }}
            />
          </Group>
        </Table.Td>
      </Can>
    </Table.Tr>
  );
}
