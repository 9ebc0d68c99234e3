'use client';

import { useEffect } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import {
  Alert, Button, Group, LoadingOverlay, Paper, Select, Table, Text, TextInput, Title,
} from '@mantine/core';
import { useDebouncedValue, useInputState } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@sightline/access';
import { useMe } from '@/auth/MeContext';
import { getFragmentData } from '@/gql';
import type { CustomerStatus } from '@/gql/graphql';
import { StatusBadge } from '@/components/StatusBadge';
import { CUSTOMER_STATUSES, STATUS_STYLE } from '@/components/statusColors';
import { describeError } from '@/lib/graphqlErrors';
import { countOf, formatDate, formatMoney } from '@/lib/format';
import {
  CUSTOMER_PAGE_SIZE, CustomerBalanceFragment, CustomerListDetailsFragment, customerListQuery,
} from './documents';
import { CustomerLink } from './CustomerLink';

/** "1 customer", "640 customers", or "1,000+ customers" when the API stopped counting. */
const customerCount = (n: number, capped: boolean) =>
  capped ? `${n.toLocaleString('en-GB')}+ customers` : countOf(n, 'customer');

const STATUS_OPTIONS = CUSTOMER_STATUSES.map((s) => ({ value: s, label: STATUS_STYLE[s].label }));

/** What the list shows, all of it in the URL: Back from a profile and a reload land on the same page. */
type ListState = { q: string | null; status: string | null; after: string | null; before: string | null; page: string | null };

/**
 * The customer list (seed 003): search, status filter and cursor pagination. Its whole state
 * is the URL (`q`, `status`, and `after` or `before` with the page number), so the browser's
 * Back and a reload keep the page; Next and Previous are history entries.
 */
export function CustomerList() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const { permissions } = useMe();
  // Only the columns the user may see are asked for (and drawn).
  const { document, withDetails, withBalance } = customerListQuery(permissions);

  const url: ListState = {
    q: params.get('q'),
    status: params.get('status'),
    after: params.get('after'),
    before: params.get('before'),
    page: params.get('page'),
  };
  const q = url.q ?? '';
  const page = Math.max(1, Number(url.page) || 1);

  const navigate = (change: Partial<ListState>, how: 'push' | 'replace') => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...url, ...change })) if (value) next.set(key, value);
    const qs = next.toString();
    router[how](qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  };
  const firstPage = { after: null, before: null, page: null };

  const [search, setSearch] = useInputState(q);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  // A new search starts again at page 1.
  useEffect(() => {
    if (debouncedSearch !== q) navigate({ q: debouncedSearch || null, ...firstPage }, 'replace');
    // Only typing starts a new search; `q` changing through Back is handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch]);
  // Back/forward to another search: show it in the box.
  useEffect(() => {
    if (q !== debouncedSearch) setSearch(q);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const backward = Boolean(url.before);
  const { data, previousData, loading, error } = useQuery(document, {
    variables: {
      first: backward ? null : CUSTOMER_PAGE_SIZE,
      after: url.after,
      last: backward ? CUSTOMER_PAGE_SIZE : null,
      before: url.before,
      filter: {
        search: q || null,
        statuses: url.status ? [url.status as CustomerStatus] : null,
      },
    },
  });
  const customers = (data ?? previousData)?.customers;
  const pageInfo = customers?.pageInfo;
  // The number is the URL's; the API knows for sure when this is the first page.
  const pageNumber = pageInfo && !pageInfo.hasPreviousPage ? 1 : page;

  const next = () => pageInfo?.endCursor && navigate({ after: pageInfo.endCursor, before: null, page: String(pageNumber + 1) }, 'push');
  const previous = () =>
    pageNumber <= 2 || !pageInfo?.startCursor
      ? navigate(firstPage, 'push')
      : navigate({ before: pageInfo.startCursor, after: null, page: String(pageNumber - 1) }, 'push');

  return (
    <>
      <Group justify="space-between" mb="md" align="flex-end">
        <div>
          <Title order={2}>Customers</Title>
          <Text c="dimmed" size="sm" data-testid="customer-count">
            {customers ? customerCount(customers.totalCountAtLeast, customers.totalCountIsCapped) : ' '}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <TextInput
            label="Search"
            placeholder="Name, account number, email, phone"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={setSearch}
            maxLength={LIMITS.customerSearch}
            w={320}
          />
          <Select
            label="Status"
            placeholder="All statuses"
            data={STATUS_OPTIONS}
            value={url.status}
            onChange={(status) => navigate({ status, ...firstPage }, 'replace')}
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
              {customers?.edges.map(({ node }) => {
                const details = withDetails ? getFragmentData(CustomerListDetailsFragment, node).accountDetails : null;
                const balance = withBalance ? getFragmentData(CustomerBalanceFragment, node).balance : null;
                return (
                  <Table.Tr key={node.id} data-testid="customer-row">
                    <Table.Td ff="monospace">{node.accountNumber}</Table.Td>
                    <Table.Td><CustomerLink customer={node} /></Table.Td>
                    {withDetails && <Table.Td style={{ whiteSpace: 'nowrap' }}>{details?.phone ?? details?.mobile ?? '—'}</Table.Td>}
                    {withDetails && <Table.Td>{details?.emails[0] ?? '—'}</Table.Td>}
                    {withDetails && <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(details?.joinedAt)}</Table.Td>}
                    {withBalance && (
                      <Table.Td ta="right" ff="monospace" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} data-testid="balance-cell">
                        {formatMoney(balance)}
                      </Table.Td>
                    )}
                    <Table.Td style={{ whiteSpace: 'nowrap' }}><StatusBadge status={node.status} /></Table.Td>
                  </Table.Tr>
                );
              })}
              {customers && customers.edges.length === 0 && (
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
        <Text size="sm" c="dimmed" data-testid="page-number">Page {pageNumber}</Text>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconChevronLeft size={16} />}
            disabled={!pageInfo?.hasPreviousPage || loading}
            onClick={previous}
          >
            Previous
          </Button>
          <Button
            variant="default"
            rightSection={<IconChevronRight size={16} />}
            disabled={!pageInfo?.hasNextPage || loading}
            onClick={next}
          >
            Next
          </Button>
        </Group>
      </Group>
    </>
  );
}
