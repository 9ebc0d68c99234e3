import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { RecurringBillingWidgetFragment } from './fragment';
import { RecurringBillingWidget } from './RecurringBillingWidget';

const charge = (over: Record<string, unknown>) => ({
  __typename: 'RecurringCharge' as const,
  source: 'DATA_ACCOUNT', description: 'Fibre 50 — thabo@isp, 10–30 Nov 2026 (21/30 days)', refund: false, usage: false,
  periodStart: '2026-11-10', periodEnd: '2026-11-30', days: 21, netCents: 21_000, vatRateBp: 1500, vatCents: 3_150, totalCents: 24_150, pending: false,
  ...over,
});
const customer = makeFragmentData(
  {
    id: 'c1',
    recurringBilling: {
      __typename: 'RecurringBilling',
      periodStart: '2026-11-01', periodEnd: '2026-11-30', billingCycle: 'monthly', currency: 'ZAR',
      statusRule: 'Active: billed by every run', chargesTotalCents: 25_569,
      charges: [charge({}), charge({ source: 'VOIP_CALLS', description: 'Calls from +27215551001, Oct 2026 (12 calls, 51 min)', usage: true, days: 0, netCents: 1_234, vatCents: 185, totalCents: 1_419 })],
      pendingCharges: [{ __typename: 'InvoiceLine', id: 'l1', kind: 'ONE_OFF', description: 'Installation', totalCents: 57_500 }],
      lastRuns: [{ __typename: 'BilledPeriodView', periodStart: '2026-10-01', periodEnd: '2026-10-31', outcome: 'INVOICED', billedAt: '2026-10-01T02:00:00Z', runId: 'r1', runState: 'DONE', runDone: 40, runTotal: 40, invoiceId: 'i1', invoiceNumber: 'INV000012', invoiceState: 'APPROVED', invoiceTotalCents: 34_500 }],
    },
  } as never,
  RecurringBillingWidgetFragment,
);

describe('<RecurringBillingWidget>', () => {
  it('shows the next run’s charges with VAT, pending charges and the last runs; read-only without write', () => {
    renderWithProviders(<RecurringBillingWidget customer={customer} />, { permissions: ['recurringBilling:read'] });
    expect(screen.getAllByTestId('charge')).toHaveLength(2);
    expect(screen.getAllByTestId('charge')[0]).toHaveTextContent('21/30 days');
    expect(screen.getAllByTestId('charge')[0]).toHaveTextContent(/R\s?241\.50/);
    expect(screen.getAllByTestId('charge')[1]).toHaveTextContent('In arrears');
    expect(screen.getByTestId('pending-charge')).toHaveTextContent('Installation');
    expect(screen.getByTestId('billed-period')).toHaveTextContent('INV000012');
    expect(screen.getByTestId('billed-period')).toHaveTextContent('40/40');
    expect(screen.queryByRole('button', { name: 'Generate recurring invoice' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('billing-runs')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Full PDF of INV000012' })).toBeInTheDocument();
  });

  it('"Generate recurring invoice" sends the customer, and an error is shown', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<RecurringBillingWidget customer={customer} />, {
      permissions: ['recurringBilling:read', 'recurringBilling:write'],
      handler: () => ({ errors: [{ message: 'This period is billed already', extensions: { code: 'CONFLICT', field: 'customerId' } }] }),
    });
    await user.click(screen.getByRole('button', { name: 'Generate recurring invoice' }));
    await waitFor(() => expect(calls.find((c: any) => c.operationName === 'GenerateRecurringInvoice')?.variables).toEqual({ customerId: 'c1' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This period is billed already');
  });
});
