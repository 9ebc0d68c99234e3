import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { DataUsageFieldsFragment, DataUsageWidgetFragment } from './fragment';
import { DataUsageWidget, chartData } from './DataUsageWidget';

const GB = 1e9;
const period = (p: string, down: number, up: number) => ({ __typename: 'UsagePeriod' as const, period: p, downloadBytes: down, uploadBytes: up });
const usage = {
  __typename: 'DataUsage' as const,
  view: 'MONTHLY' as const,
  year: 2026,
  years: [2026, 2025],
  totals: [period('2026-10', 120 * GB, 10 * GB), period('2026-11', 85 * GB, 6 * GB)],
  accounts: [
    {
      __typename: 'DataAccountUsage' as const,
      dataAccountId: 'a1',
      username: 'home@wisp.test',
      status: 'active',
      periods: [period('2026-10', 100 * GB, 8 * GB), period('2026-11', 80 * GB, 5 * GB)],
      currentMonth: { __typename: 'CapUsage' as const, month: '2026-11', usedBytes: 85 * GB, capBytes: 100 * GB, percentOfCap: 85 },
    },
    {
      __typename: 'DataAccountUsage' as const,
      dataAccountId: 'a2',
      username: 'office@wisp.test',
      status: 'suspended',
      periods: [period('2026-10', 20 * GB, 2 * GB), period('2026-11', 5 * GB, 1 * GB)],
      currentMonth: { __typename: 'CapUsage' as const, month: '2026-11', usedBytes: 6 * GB, capBytes: null, percentOfCap: null },
    },
  ],
};
const customer = makeFragmentData({ id: 'c1', dataUsage: makeFragmentData(usage, DataUsageFieldsFragment) }, DataUsageWidgetFragment);

describe('chartData', () => {
  it('has every month of the year in the monthly view, empty ones at zero', () => {
    const d = chartData(usage.totals, 'MONTHLY', 2026);
    expect(d).toHaveLength(12);
    expect(d[9]).toEqual({ period: 'Oct', download: 120 * GB, upload: 10 * GB });
    expect(d[0]).toEqual({ period: 'Jan', download: 0, upload: 0 });
  });
  it('has the years as they come in the yearly view', () => {
    expect(chartData([period('2025', 1, 2), period('2026', 3, 4)], 'YEARLY', null)).toEqual([
      { period: '2025', download: 1, upload: 2 },
      { period: '2026', download: 3, upload: 4 },
    ]);
  });
});

describe('<DataUsageWidget>', () => {
  it('shows per account usage for the year and this month against the cap', () => {
    renderWithProviders(<DataUsageWidget customer={customer} />, { permissions: ['dataUsage:read'] });
    const [home, office] = screen.getAllByTestId('usage-account');
    expect(home).toHaveTextContent('home@wisp.test');
    expect(home).toHaveTextContent('180 GB / 13.0 GB');
    expect(home).toHaveTextContent('85.0 GB of 100 GB (85%)');
    expect(screen.getByRole('progressbar', { name: 'home@wisp.test: 85% of the monthly cap' })).toBeInTheDocument();
    expect(office).toHaveTextContent('suspended');
    expect(office).toHaveTextContent('(uncapped)');
  });

  it('asks the API for the yearly view when switched', async () => {
    const user = userEvent.setup();
    const yearly = { ...usage, view: 'YEARLY', year: null, totals: [period('2025', 900 * GB, 90 * GB), period('2026', 205 * GB, 16 * GB)] };
    const { calls } = renderWithProviders(<DataUsageWidget customer={customer} />, {
      permissions: ['dataUsage:read'],
      handler: () => ({ data: { customer: { __typename: 'Customer', id: 'c1', dataUsage: yearly } } }),
    });
    await user.click(screen.getByText('By year'));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('DataUsage'));
    expect(calls.find((c) => c.operationName === 'DataUsage')!.variables).toEqual({ id: 'c1', view: 'YEARLY', year: null });
    expect(await screen.findByText('Down / up, all years')).toBeInTheDocument();
  });

  it('shows an error when the other view cannot be loaded', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DataUsageWidget customer={customer} />, {
      permissions: ['dataUsage:read'],
      handler: () => ({ data: null, errors: [{ message: 'year must be between 2000 and 2100', extensions: { code: 'BAD_USER_INPUT', field: 'year' } }] }),
    });
    await user.click(screen.getByText('By year'));
    expect(await screen.findByText('Usage not loaded')).toBeInTheDocument();
  });
});
