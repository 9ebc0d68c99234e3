'use client';

import { useState } from 'react';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { getFragmentData, type FragmentType } from '@/gql';
import { longText } from '@/components/textStyles';
import { describeError } from '@/lib/graphqlErrors';
import { formatDateTime } from '@/lib/format';
import { AuditTrailEntryFragment, AuditTrailPageFragment, AuditTrailPageQuery, AuditTrailWidgetFragment } from './fragment';

type EntryRef = FragmentType<typeof AuditTrailEntryFragment>;

/** The customer audit trail (seed 000 §3.24): who changed what, when, from which client. */
export function AuditTrailWidget({ customer }: { customer: FragmentType<typeof AuditTrailWidgetFragment> }) {
  const c = getFragmentData(AuditTrailWidgetFragment, customer);
  const first = getFragmentData(AuditTrailPageFragment, c.auditTrail);
  const client = useApolloClient();
  // Older pages are fetched on demand and appended below the newest 20 from the profile query.
  const [older, setOlder] = useState<{ refs: EntryRef[]; hasNextPage: boolean; endCursor: string | null } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refs = [...(first?.edges.map((e) => e.node) ?? []), ...(older?.refs ?? [])];
  const pageInfo = older ?? first?.pageInfo ?? { hasNextPage: false, endCursor: null };

  const loadOlder = async () => {
    setLoading(true);
    setError(null);
    try {
      const { data } = await client.query({
        query: AuditTrailPageQuery,
        variables: { customerId: c.id, after: pageInfo.endCursor },
        fetchPolicy: 'network-only',
      });
      const trail = getFragmentData(AuditTrailPageFragment, data?.customer?.auditTrail);
      if (trail) {
        setOlder({
          refs: [...(older?.refs ?? []), ...trail.edges.map((e) => e.node)],
          hasNextPage: trail.pageInfo.hasNextPage,
          endCursor: trail.pageInfo.endCursor,
        });
      }
    } catch (e) {
      setError(describeError(e));
    } finally {
      setLoading(false);
    }
  };

  if (refs.length === 0) return <Text c="dimmed" size="sm">No changes recorded yet.</Text>;
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={700}>
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>Action</Table.Th>
              <Table.Th>Field</Table.Th>
              <Table.Th>Change</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {refs.map((ref) => <AuditRow key={getFragmentData(AuditTrailEntryFragment, ref).id} entry={ref} />)}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {error && <Text c="red" size="sm">{error}</Text>}
      {pageInfo.hasNextPage && (
        <Group justify="center">
          <Button variant="default" size="xs" loading={loading} onClick={loadOlder}>Load older changes</Button>
        </Group>
      )}
    </Stack>
  );
}

function AuditRow({ entry }: { entry: EntryRef }) {
  const e = getFragmentData(AuditTrailEntryFragment, entry);
  return (
    <Table.Tr data-testid="audit-entry">
      <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Text></Table.Td>
      <Table.Td>
        <Text size="sm">{e.actorName}</Text>
        <Group gap={4}>
          {e.actorKind === 'API_TOKEN' && <Badge size="xs" variant="outline">API token</Badge>}
          <Text size="xs" c="dimmed">{e.client}</Text>
        </Group>
      </Table.Td>
      <Table.Td><Text size="sm" title={e.action}>{e.actionLabel}</Text></Table.Td>
      <Table.Td><Text size="sm" ff="monospace">{e.field ?? '—'}</Text></Table.Td>
      <Table.Td>
        {e.oldValue == null && e.newValue == null ? (
          <Text size="sm" c="dimmed">—</Text>
        ) : (
          <Text size="sm" style={longText} data-testid="audit-change">
            <Text span c="red.8" td="line-through">{e.oldValue ?? ''}</Text>
            {e.oldValue != null && e.newValue != null && ' → '}
            <Text span c="teal.8">{e.newValue ?? ''}</Text>
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
