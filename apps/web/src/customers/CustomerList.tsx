'use client';

import { useEffect, useState } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import {
  Alert, Button, Group, LoadingOverlay, Paper, Select, Table, Text, TextInput, Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useMe } from '@/auth/MeContext';
import type { CustomerStatus } from '@/gql/graphql';
import { StatusBadge } from '@/components/StatusBadge';
import { CUSTOMER_STATUSES, STATUS_STYLE } from '@/components/statusColors';
import { describeError } from '@/lib/graphqlErrors';
import { formatDate, formatMoney } from '@/lib/format';
import { CUSTOMER_PAGE_SIZE, CustomerListQuery } from './documents';
import { CustomerLink } from './CustomerLink';

const STATUS_OPTIONS = CUSTOMER_STATUSES.map((s) => ({ value: s, label: STATUS_STYLE[s].label }));

/** The customer list (seed 003): search, status filter and cursor pagination, state in the URL. */
export function CustomerList() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const { can } = useMe();
  const withDetails = can('accountDetails:read');
  const withBalance = can('ageAnalysis:read');

  const [search, setSearch] = useState(params.get('q') ?? '');
  const [status, setStatus] = useState<string | null>(params.get('status'));
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  // Keyset pagination: a stack of `after` cursors, one per page visited.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);

  useEffect(() => {
    setCursors([null]);
    const next = new URLSearchParams();
    if (debouncedSearch) next.set('q', debouncedSearch);
    if (status) next.set('status', status);
    const qs = next.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  }, [debouncedSearch, status, pathname, router]);

  const { data, previousData, loading, error } = useQuery(CustomerListQuery, {
    variables: {
      first: CUSTOMER_PAGE_SIZE,
      after: cursors[cursors.length - 1],
      filter: {
        search: debouncedSearch || null,
        statuses: status ? [status as CustomerStatus] : null,
      },
      withDetails,
      withBalance,
    },
  });
  const page = (data ?? previousData)?.customers;
  const pageNumber = cursors.length;

  return (
    <>
      <Group justify="space-between" mb="md" align="flex-end">
        <div>
          <Title order={2}>Customers</Title>
          <Text c="dimmed" size="sm">
            {page ? `${page.totalCount.toLocaleString('en-GB')} customers` : ' '}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <TextInput
            label="Search"
            placeholder="Name, account number, email, phone"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={320}
          />
          <Select
            label="Status"
            placeholder="All statuses"
            data={STATUS_OPTIONS}
            value={status}
            onChange={setStatus}
            clearable
            w={200}
          />
        </Group>
      </Group>

      {error && (
        <Alert color="red" mb="md" title="Could not load customers">
          {describeError(error)}
        </Alert>
      )}

      <Paper withBorder radius="md" pos="relative">
        <LoadingOverlay visible={loading} overlayProps={{ blur: 1 }} loaderProps={{ size: 'sm' }} />
        <Table.ScrollContainer minWidth={800}>
          <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Account</Table.Th>
                <Table.Th>Name</Table.Th>
                {withDetails && <Table.Th>Phone</Table.Th>}
                {withDetails && <Table.Th>Email</Table.Th>}
                {withDetails && <Table.Th>Joined</Table.Th>}
                {withBalance && <Table.Th ta="right">Balance</Table.Th>}
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page?.edges.map(({ node }) => (
                <Table.Tr key={node.id} data-testid="customer-row">
                  <Table.Td ff="monospace">{node.accountNumber}</Table.Td>
                  <Table.Td><CustomerLink customer={node} /></Table.Td>
                  {withDetails && <Table.Td style={{ whiteSpace: 'nowrap' }}>{node.accountDetails?.phone ?? node.accountDetails?.mobile ?? '—'}</Table.Td>}
                  {withDetails && <Table.Td>{node.accountDetails?.emails[0] ?? '—'}</Table.Td>}
                  {withDetails && <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(node.accountDetails?.joinedAt)}</Table.Td>}
                  {withBalance && <Table.Td ta="right" ff="monospace" style={{ whiteSpace: 'nowrap' }}>{formatMoney(node.balance)}</Table.Td>}
                  <Table.Td style={{ whiteSpace: 'nowrap' }}><StatusBadge status={node.status} /></Table.Td>
                </Table.Tr>
              ))}
              {page && page.edges.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Text c="dimmed" ta="center" py="lg">No customers match this search.</Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>

      <Group justify="space-between" mt="md">
        <Text size="sm" c="dimmed">Page {pageNumber}</Text>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconChevronLeft size={16} />}
            disabled={pageNumber === 1 || loading}
            onClick={() => setCursors((c) => c.slice(0, -1))}
          >
            Previous
          </Button>
          <Button
            variant="default"
            rightSection={<IconChevronRight size={16} />}
            disabled={!page?.pageInfo.hasNextPage || loading}
            onClick={() => page?.pageInfo.endCursor && setCursors((c) => [...c, page.pageInfo.endCursor])}
          >
            Next
          </Button>
        </Group>
      </Group>
    </>
  );
}
