'use client';

import { Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useMe } from '@/auth/MeContext';
import { StatusBadge } from '@/components/StatusBadge';
import { describeError } from '@/lib/graphqlErrors';
import { formatDate, formatMoney, humanize } from '@/lib/format';
import { getFragmentData } from '@/gql';
import { CustomerBalanceFragment, CustomerSummaryDetailsFragment, customerSummaryQuery } from './documents';

/** The small summary shown when hovering a customer link; queried only once it is opened. */
export function CustomerSummary({ id, enabled }: { id: string; enabled: boolean }) {
  const { permissions } = useMe();
  const { document, withDetails, withBalance } = customerSummaryQuery(permissions);
  const { data, loading, error } = useQuery(document, { variables: { id }, skip: !enabled });
  if (loading || (!data && !error)) return <Loader size="sm" aria-label="Loading summary" />;
  if (error || !data?.customer) return <Text size="sm" c="red">{error ? describeError(error) : 'Not found'}</Text>;
  const c = data.customer;
  const d = withDetails ? getFragmentData(CustomerSummaryDetailsFragment, c).accountDetails : null;
  const balance = withBalance ? getFragmentData(CustomerBalanceFragment, c).balance : null;
  return (
    <Stack gap={4} data-testid="customer-summary">
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600}>{c.name}</Text>
        <StatusBadge status={c.status} size="xs" />
      </Group>
      <Text size="xs" c="dimmed">Account {c.accountNumber}</Text>
      {d && (
        <>
          {d.companyName && <Text size="sm">{d.companyName}</Text>}
          <Text size="sm">{humanize(d.customerType)} · joined {formatDate(d.joinedAt)}</Text>
          {d.phone && <Text size="sm">{d.phone}</Text>}
          {d.emails[0] && <Text size="sm">{d.emails[0]}</Text>}
          {(d.physicalAddress.city || d.physicalAddress.region) && (
            <Text size="sm" c="dimmed">{[d.physicalAddress.city, d.physicalAddress.region].filter(Boolean).join(', ')}</Text>
          )}
        </>
      )}
      {balance && <Text size="sm">Balance <b>{formatMoney(balance)}</b></Text>}
    </Stack>
  );
}
