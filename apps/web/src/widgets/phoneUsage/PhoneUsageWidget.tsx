'use client';

import { Fragment, useState } from 'react';
import { Alert, Group, Loader, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { useQuery } from '@apollo/client/react';
import { getFragmentData, type FragmentType } from '@/gql';
import type { CallClass, PhoneUsageRowFieldsFragment } from '@/gql/graphql';
import { describeError } from '@/lib/graphqlErrors';
import { formatMoney, humanize } from '@/lib/format';
import { PhoneUsageRowFragment, PhoneUsageWidgetFragment, PhoneUsageYearQuery } from './fragment';

const CLASSES: { id: CallClass; color: string }[] = [
  { id: 'LOCAL', color: 'teal.6' },
  { id: 'NATIONAL', color: 'blue.6' },
  { id: 'MOBILE', color: 'violet.6' },
  { id: 'INTERNATIONAL', color: 'orange.6' },
  { id: 'INBOUND', color: 'gray.5' },
  { id: 'TOLL_FREE', color: 'lime.6' },
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const periodLabel = (period: string) => (period.length === 7 ? `${MONTHS[Number(period.slice(5)) - 1]} ${period.slice(0, 4)}` : period);

/** Rows grouped by period, in order. */
function byPeriod(rows: readonly PhoneUsageRowFieldsFragment[]) {
  const out = new Map<string, PhoneUsageRowFieldsFragment[]>();
  for (const r of rows) out.set(r.period, [...(out.get(r.period) ?? []), r]);
  return [...out.entries()];
}

/** Phone usage (seed 000 §3.5): calls, minutes and cost by call class, per month of a year or per year. */
export function PhoneUsageWidget({ customer }: { customer: FragmentType<typeof PhoneUsageWidgetFragment> }) {
  const c = getFragmentData(PhoneUsageWidgetFragment, customer);
  const usage = c.phoneUsage;
  const [view, setView] = useState<'month' | 'year'>('month');
  const [year, setYear] = useState(usage?.year ?? new Date().getUTCFullYear());
  const other = useQuery(PhoneUsageYearQuery, { variables: { id: c.id, year }, skip: !usage || year === usage.year });
  if (!usage) return null;

  const years = [...new Set([usage.year, ...getFragmentData(PhoneUsageRowFragment, usage.years).map((r) => Number(r.period))])].sort((a, b) => b - a);
  const monthRows = year === usage.year ? usage.months : other.data?.customer?.phoneUsage?.months ?? [];
  const rows = getFragmentData(PhoneUsageRowFragment, view === 'month' ? monthRows : usage.years);
  const money = (cents: number) => formatMoney({ cents, currency: usage.currency });
  const groups = byPeriod(rows);
  const present = CLASSES.filter((k) => rows.some((r) => r.callClass === k.id));
  const chart = groups.map(([period, list]) => ({
    period: periodLabel(period),
    ...Object.fromEntries(list.map((r) => [r.callClass, r.costCents / 100])),
  }));

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(v) => setView(v as 'month' | 'year')}
          data={[{ value: 'month', label: 'Per month' }, { value: 'year', label: 'Per year' }]}
        />
        {view === 'month' && (
          <Select size="xs" w={100} aria-label="Year" data={years.map(String)} value={String(year)} onChange={(v) => v && setYear(Number(v))} allowDeselect={false} />
        )}
      </Group>
      {other.error && <Alert color="red" title="Could not load that year">{describeError(other.error)}</Alert>}
      {other.loading ? (
        <Loader size="sm" aria-label="Loading usage" />
      ) : groups.length === 0 ? (
        <Text c="dimmed" size="sm">{view === 'month' ? `No calls in ${year}.` : 'No calls yet.'}</Text>
      ) : (
        <>
          <BarChart
            h={180}
            data={chart}
            dataKey="period"
            type="stacked"
            series={present.map((k) => ({ name: k.id, label: humanize(k.id), color: k.color }))}
            valueFormatter={(v) => money(Math.round(v * 100))}
            withLegend
            aria-label="Call cost by class"
          />
          <Table verticalSpacing={4} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{view === 'month' ? 'Month' : 'Year'}</Table.Th>
                <Table.Th>Class</Table.Th>
                <Table.Th ta="right">Calls</Table.Th>
                <Table.Th ta="right">Minutes</Table.Th>
                <Table.Th ta="right">Cost</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map(([period, list]) => (
                <Fragment key={period}>
                  {list.map((r, i) => (
                    <Table.Tr key={r.callClass} data-testid="usage-row">
                      <Table.Td>{i === 0 ? periodLabel(period) : ''}</Table.Td>
                      <Table.Td>{humanize(r.callClass)}</Table.Td>
                      <Table.Td ta="right">{r.calls.toLocaleString('en-GB')}</Table.Td>
                      <Table.Td ta="right">{r.minutes.toLocaleString('en-GB', { maximumFractionDigits: 2 })}</Table.Td>
                      <Table.Td ta="right">{money(r.costCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                  {list.length > 1 && (
                    <Table.Tr data-testid="usage-total">
                      <Table.Td />
                      <Table.Td fw={600}>Total</Table.Td>
                      <Table.Td ta="right" fw={600}>{list.reduce((n, r) => n + r.calls, 0).toLocaleString('en-GB')}</Table.Td>
                      <Table.Td ta="right" fw={600}>{(Math.round(list.reduce((n, r) => n + r.minutes, 0) * 100) / 100).toLocaleString('en-GB')}</Table.Td>
                      <Table.Td ta="right" fw={600}>{money(list.reduce((n, r) => n + r.costCents, 0))}</Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
