'use client';

import { Badge, Button, Group, Progress, SimpleGrid, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '@/gql';
import { Can } from '@/auth/Can';
import { WidgetActions } from '@/profile/WidgetActions';
import { describeError } from '@/lib/graphqlErrors';
import { formatDate, formatMoney, humanize } from '@/lib/format';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { AgeAnalysisWidgetFragment } from './fragment';
import { UpdateAgeAnalysisMutation } from './mutations';

const BUCKETS = [
  { key: 'currentCents', label: 'Current', hint: 'Not yet due', color: 'teal' },
  { key: 'days30Cents', label: '30 days', hint: '1–30 days past due', color: 'yellow' },
  { key: 'days60Cents', label: '60 days', hint: '31–60 days past due', color: 'orange' },
  { key: 'days90Cents', label: '90 days', hint: '61–90 days past due', color: 'red' },
  { key: 'days120PlusCents', label: '120+ days', hint: 'More than 90 days past due', color: 'grape' },
] as const;

/** Age analysis (seed 000 §3.17): what is owed by how late it is, and the items still open. */
export function AgeAnalysisWidget({ customer }: { customer: FragmentType<typeof AgeAnalysisWidgetFragment> }) {
  const c = getFragmentData(AgeAnalysisWidgetFragment, customer);
  const a = c.ageAnalysis;
  const [update, { loading }] = useProfileMutation(UpdateAgeAnalysisMutation);
  if (!a) return <Text c="dimmed" size="sm">No age analysis.</Text>;
  const money = (cents: number) => formatMoney({ cents, currency: a.currency });
  const owed = BUCKETS.reduce((s, b) => s + a[b.key], 0);
  const runUpdate = async () => {
    try {
      await update({ variables: { customerId: c.id } });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Age analysis not updated', message: describeError(error) });
    }
  };
  return (
    <Stack gap="sm">
      <Can permission="paymentReceipts:write">
        <WidgetActions>
          <Button size="xs" variant="light" leftSection={<IconRefresh size={14} />} loading={loading} onClick={runUpdate}>
            Update
          </Button>
        </WidgetActions>
      </Can>
      <Group justify="space-between" align="baseline">
        <Text size="sm" c="dimmed">Balance as of {formatDate(a.asOf)}</Text>
        <Text fw={700} size="lg" c={a.balanceCents > 0 ? 'red' : undefined} data-testid="age-balance">{money(a.balanceCents)}</Text>
      </Group>
      {owed > 0 && (
        <Progress.Root size={14} aria-label="Outstanding by age">
          {BUCKETS.filter((b) => a[b.key] > 0).map((b) => (
            <Tooltip key={b.key} label={`${b.label}: ${money(a[b.key])}`}>
              <Progress.Section value={(a[b.key] / owed) * 100} color={b.color} />
            </Tooltip>
          ))}
        </Progress.Root>
      )}
      <SimpleGrid cols={{ base: 3, sm: 6 }} spacing="xs">
        {BUCKETS.map((b) => (
          <div key={b.key} data-testid={`bucket-${b.key}`}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} title={b.hint}>{b.label}</Text>
            <Text size="sm" fw={a[b.key] > 0 ? 600 : undefined} c={a[b.key] > 0 ? b.color : 'dimmed'}>{money(a[b.key])}</Text>
          </div>
        ))}
        <div data-testid="bucket-credit">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>Unallocated</Text>
          <Text size="sm" c={a.unallocatedCreditCents > 0 ? 'green' : 'dimmed'}>{a.unallocatedCreditCents > 0 ? `−${money(a.unallocatedCreditCents)}` : money(0)}</Text>
        </div>
      </SimpleGrid>
      {a.openItems.length === 0 ? (
        <Text c="dimmed" size="sm">Nothing open: the account is settled.</Text>
      ) : (
        <Table verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Item</Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th ta="right">Open</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.openItems.map((i) => (
              <Table.Tr key={`${i.kind}:${i.id}`} data-testid="open-item">
                <Table.Td>
                  <Text size="sm">{i.reference ?? humanize(i.kind)}</Text>
                  <Badge size="xs" variant="light" color={i.side === 'CREDIT' ? 'green' : 'gray'}>{humanize(i.kind)}</Badge>
                </Table.Td>
                <Table.Td>{formatDate(i.date)}</Table.Td>
                <Table.Td>
                  {formatDate(i.dueDate)}
                  {i.daysOverdue > 0 && <Text size="xs" c="red">{i.daysOverdue} days late</Text>}
                </Table.Td>
                <Table.Td ta="right">{money(i.amountCents)}</Table.Td>
                <Table.Td ta="right" c={i.side === 'CREDIT' ? 'green' : undefined}>{i.side === 'CREDIT' ? `−${money(i.openCents)}` : money(i.openCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
