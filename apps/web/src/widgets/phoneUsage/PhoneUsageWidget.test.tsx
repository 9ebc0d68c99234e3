import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { PhoneUsageRowFragment, PhoneUsageWidgetFragment } from './fragment';
import { PhoneUsageWidget } from './PhoneUsageWidget';

const row = (period: string, callClass: string, calls: number, minutes: number, costCents: number) =>
  makeFragmentData({ __typename: 'PhoneUsageRow' as const, period, callClass: callClass as never, calls, minutes, costCents }, PhoneUsageRowFragment);

const customer = makeFragmentData(
  {
    id: 'c1',
    phoneUsage: {
      year: 2026,
      currency: 'GBP',
      months: [row('2026-03', 'LOCAL', 2, 3.5, 105), row('2026-03', 'MOBILE', 1, 2, 178), row('2026-04', 'INBOUND', 4, 12, 0)],
      years: [row('2025', 'MOBILE', 10, 22, 1958), row('2026', 'LOCAL', 2, 3.5, 105), row('2026', 'MOBILE', 1, 2, 178), row('2026', 'INBOUND', 4, 12, 0)],
    },
  },
  PhoneUsageWidgetFragment,
);

// jsdom lays nothing out, so recharts warns that the chart has no size; that is expected here.
beforeAll(() => {
  const warn = console.warn.bind(console);
  jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

describe('<PhoneUsageWidget>', () => {
  it('shows calls, minutes and cost per month by class, with a total per month and a chart', () => {
    renderWithProviders(<PhoneUsageWidget customer={customer} />, { permissions: ['phoneUsage:read'] });
    const rows = screen.getAllByTestId('usage-row').map((r) => r.textContent);
    expect(rows).toEqual(['Mar 2026Local23.5£1.05', 'Mobile12£1.78', 'Apr 2026Inbound412£0.00']);
    expect(screen.getAllByTestId('usage-total').map((r) => r.textContent)).toEqual(['Total35.5£2.83']);
    expect(screen.getByRole('radio', { name: 'Per month' })).toBeChecked();
  });

  it('switches to per year, and loads another year’s months when picked', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<PhoneUsageWidget customer={customer} />, {
      permissions: ['phoneUsage:read'],
      handler: () => ({
        data: { customer: { __typename: 'Customer', id: 'c1', phoneUsage: { __typename: 'PhoneUsage', year: 2025, currency: 'GBP', months: [{ __typename: 'PhoneUsageRow', period: '2025-07', callClass: 'MOBILE', calls: 10, minutes: 22, costCents: 1958 }] } } },
      }),
    });
    await user.click(screen.getByText('Per year'));
    expect(screen.getAllByTestId('usage-row').map((r) => r.textContent)).toEqual(['2025Mobile1022£19.58', '2026Local23.5£1.05', 'Mobile12£1.78', 'Inbound412£0.00']);
    await user.click(screen.getByText('Per month'));
    await user.click(screen.getAllByLabelText('Year')[0]);
    await user.click(await screen.findByRole('option', { name: '2025' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('PhoneUsageYear'));
    expect(calls[0].variables).toEqual({ id: 'c1', year: 2025 });
    expect(await screen.findByText('Jul 2025')).toBeInTheDocument();
  });

  it('says so when a year has no calls', () => {
    const empty = makeFragmentData({ id: 'c2', phoneUsage: { year: 2026, currency: 'ZAR', months: [], years: [] } }, PhoneUsageWidgetFragment);
    renderWithProviders(<PhoneUsageWidget customer={empty} />, { permissions: ['phoneUsage:read'] });
    expect(screen.getByText('No calls in 2026.')).toBeInTheDocument();
  });
});
