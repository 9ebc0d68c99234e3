'use client';

import '@mantine/charts/styles.css';
import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { Alert, Group, Loader, Progress, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { getFragmentData, type FragmentType } from '@/gql';
import type { DataUsageFieldsFragment, UsageView } from '@/gql/graphql';
import { describeError } from '@/lib/graphqlErrors';
import { formatBytes } from '@/lib/bytes';
import { DataUsageFieldsFragment as Fields, DataUsageQuery, DataUsageWidgetFragment } from './fragment';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ALL = 'all';

type Period = DataUsageFieldsFragment['totals'][number];

/** Bars for the chart: every month of the year in the monthly view (empty ones at 0), else the years. */
export function chartData(periods: readonly Period[], view: UsageView, year: number | null) {
  const byPeriod = new Map(periods.map((p) => [p.period, p]));
  const keys = view === 'MONTHLY' && year !== null ? MONTHS.map((_, i) => `${year}-${String(i + 1).padStart(2, '0')}`) : periods.map((p) => p.period);
  return keys.map((key) => ({
    period: view === 'MONTHLY' ? MONTHS[Number(key.slice(5, 7)) - 1] : key,
    download: byPeriod.get(key)?.downloadBytes ?? 0,
    upload: byPeriod.get(key)?.uploadBytes ?? 0,
  }));
}

const capColor = (percent: number) => (percent >= 100 ? 'red' : percent >= 80 ? 'orange' : 'teal');

/** Data usage (seed 000 §3.3): download and upload per month of a year or per year, per account and in total. */
export function DataUsageWidget({ customer }: { customer: FragmentType<typeof DataUsageWidgetFragment> }) {
  const c = getFragmentData(DataUsageWidgetFragment, customer);
  const initial = c.dataUsage ? getFragmentData(Fields, c.dataUsage) : null;
  const [view, setView] = useState<UsageView>('MONTHLY');
  const [year, setYear] = useState<number | null>(initial?.year ?? null);
  const [account, setAccount] = useState<string>(ALL);
  const asked = view === initial?.view && (view === 'YEARLY' || year === initial?.year);
  const other = useQuery(DataUsageQuery, { variables: { id: c.id, view, year: view === 'MONTHLY' ? year : null }, skip: !initial || asked });
  const fetched = other.data?.customer?.dataUsage ? getFragmentData(Fields, other.data.customer.dataUsage) : null;
  const usage = asked ? initial : (fetched ?? null);
  if (!initial) return <Text c="dimmed" size="sm">No usage.</Text>;

  const years = [...new Set([...(initial.years ?? []), initial.year ?? new Date().getUTCFullYear()])].sort((a, b) => b - a);
  const selected = usage?.accounts.find((a) => a.dataAccountId === account);
  const periods = account === ALL ? (usage?.totals ?? []) : (selected?.periods ?? []);
  const accounts = initial.accounts;

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(v) => setView(v as UsageView)}
            data={[{ value: 'MONTHLY', label: 'By month' }, { value: 'YEARLY', label: 'By year' }]}
            aria-label="Usage view"
          />
          {view === 'MONTHLY' && (
            <Select
              size="xs"
              w={100}
              aria-label="Year"
              value={String(year)}
              onChange={(v) => v && setYear(Number(v))}
              data={years.map(String)}
              allowDeselect={false}
            />
          )}
        </Group>
        {accounts.length > 1 && (
          <Select
            size="xs"
            w={260}
            aria-label="Data account"
            value={account}
            onChange={(v) => setAccount(v ?? ALL)}
            data={[{ value: ALL, label: 'All data accounts' }, ...accounts.map((a) => ({ value: a.dataAccountId, label: a.username }))]}
            allowDeselect={false}
          />
        )}
      </Group>

      {other.error && <Alert color="red" title="Usage not loaded">{describeError(other.error)}</Alert>}
      {!usage && other.loading ? (
        <Group justify="center" h={240}><Loader size="sm" /></Group>
      ) : periods.length === 0 ? (
        <Text c="dimmed" size="sm">{accounts.length ? 'No usage recorded in this period.' : 'No data accounts.'}</Text>
      ) : (
        <BarChart
          h={240}
          data={chartData(periods, view, view === 'MONTHLY' ? year : null)}
          dataKey="period"
          series={[
            { name: 'download', label: 'Download', color: 'blue.6' },
            { name: 'upload', label: 'Upload', color: 'teal.5' },
          ]}
          valueFormatter={(v) => formatBytes(v)}
          withLegend
          tickLine="y"
          data-testid="usage-chart"
        />
      )}

      {usage && usage.accounts.length > 0 && <UsageTable usage={usage} />}
    </Stack>
  );
}

/** Per account: the shown period's totals, and this month against the cap. */
function UsageTable({ usage }: { usage: DataUsageFieldsFragment }) {
  return (
    <Table verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Data account</Table.Th>
          <Table.Th ta="right">{usage.view === 'MONTHLY' ? `Down / up in ${usage.year}` : 'Down / up, all years'}</Table.Th>
          <Table.Th w="40%">This month ({usage.accounts[0]?.currentMonth.month})</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {usage.accounts.map((a) => {
          const down = a.periods.reduce((s, p) => s + p.downloadBytes, 0);
          const up = a.periods.reduce((s, p) => s + p.uploadBytes, 0);
          const m = a.currentMonth;
          return (
            <Table.Tr key={a.dataAccountId} data-testid="usage-account">
              <Table.Td>
                <Text size="sm" fw={500}>{a.username}</Text>
                {a.status !== 'active' && <Text size="xs" c="dimmed">{a.status}</Text>}
              </Table.Td>
              <Table.Td ta="right"><Text size="sm">{formatBytes(down)} / {formatBytes(up)}</Text></Table.Td>
              <Table.Td>
                {m.capBytes === null || m.percentOfCap === null ? (
                  <Text size="sm">{formatBytes(m.usedBytes)} <Text span c="dimmed" size="xs">(uncapped)</Text></Text>
                ) : (
                  <Stack gap={2}>
                    <Text size="xs">
                      {formatBytes(m.usedBytes)} of {formatBytes(m.capBytes)} ({m.percentOfCap}%)
                    </Text>
                    <Progress
                      value={Math.min(100, m.percentOfCap)}
                      color={capColor(m.percentOfCap)}
                      size="sm"
                      aria-label={`${a.username}: ${m.percentOfCap}% of the monthly cap`}
                    />
                  </Stack>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
