'use client';

import Link from 'next/link';
import { Anchor, Breadcrumbs, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getFragmentData, type FragmentType } from '@/gql';
import { StatusBadge } from '@/components/StatusBadge';
import { formatMoney } from '@/lib/format';
import { ProfileBalanceFragment, ProfileHeaderFragment } from './documents';

/** Name, account number, status and (with ageAnalysis:read) the balance. */
export function ProfileHeader({ customer, withBalance }: {
  customer: FragmentType<typeof ProfileHeaderFragment> & Partial<FragmentType<typeof ProfileBalanceFragment>>;
  withBalance: boolean;
}) {
  const c = getFragmentData(ProfileHeaderFragment, customer);
  const balance = withBalance ? getFragmentData(ProfileBalanceFragment, customer)?.balance : undefined;
  return (
    <Stack gap="xs">
      <Breadcrumbs>
        <Anchor component={Link} href="/customers" size="sm">Customers</Anchor>
        <Text size="sm" c="dimmed">{c.accountNumber}</Text>
      </Breadcrumbs>
      <Paper withBorder radius="md" p="lg">
        <Group justify="space-between" align="center">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={2}>{c.name}</Title>
              <StatusBadge status={c.status} size="lg" />
            </Group>
            <Text c="dimmed" size="sm">Account <Text span ff="monospace" fw={500} c="dark">{c.accountNumber}</Text></Text>
          </Stack>
          {withBalance && (
            <Stack gap={0} align="flex-end" data-testid="balance">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>Balance</Text>
              <Text size="xl" fw={700} ff="monospace" c={balance && balance.cents > 0 ? 'red.8' : undefined}>
                {formatMoney(balance)}
              </Text>
            </Stack>
          )}
        </Group>
      </Paper>
    </Stack>
  );
}
