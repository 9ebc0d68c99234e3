import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { formatMoney } from '@/lib/format';

// Money as drawn, without its (non-breaking) spaces: compare against text() below.
const R = (cents: number) => formatMoney({ cents, currency: 'ZAR' }).replace(/\s/g, '');
const text = (el: HTMLElement) => el.textContent!.replace(/\s/g, '');
import { renderWithProviders } from '../../../test/renderWithProviders';
import { BillingDetailsWidgetFragment } from './fragment';
import { BillingDetailsWidget } from './BillingDetailsWidget';

const details = {
  paymentMethod: 'DEBIT_ORDER', verification: 'VERIFIED', billingCycle: 'MONTHLY', vatRateBasisPoints: 1500, vatNumber: '4001234567',
  creditLimitCents: 500000, doNotSuspend: false, billStyle: 'Sightline', currency: 'ZAR', version: 3,
  debitOrder: { bank: 'FNB', branchCode: '250655', accountHolder: 'T Ndlovu', accountNumberMasked: '••••5678', accountType: 'CHEQUE', debitDay: 25 },
  card: { brand: null, last4: null, expiry: null, tokenOnFile: false },
  paymentTerms: { kind: 'METHOD_DEFAULT', value: null, summary: 'On the debit day (25) (debit order default)', dueForInvoiceToday: '2026-11-25' },
  billLengths: { email: 'SHORT', download: 'FULL', print: 'LONG' },
  lowInvoice: { rule: 'CREATE_ANYWAY', thresholdCents: 0, chargeCents: 0 },
  annualIncrease: { profile: 'CPI', referenceDate: '2027-03-01' },
} as const;
const customer = makeFragmentData({ id: 'c1', billingDetails: details } as never, BillingDetailsWidgetFragment);

describe('<BillingDetailsWidget>', () => {
  it('shows the debit order masked, the terms in words, and no edit without billingDetails:write', () => {
    renderWithProviders(<BillingDetailsWidget customer={customer} />, { permissions: ['billingDetails:read'] });
    expect(screen.getByTestId('debit-order')).toHaveTextContent('••••5678');
    expect(screen.getByTestId('debit-order')).toHaveTextContent('FNB');
    expect(screen.getByText('On the debit day (25) (debit order default)')).toBeInTheDocument();
    expect(screen.getByText('15%')).toBeInTheDocument();
    expect(text(document.body)).toContain(`Creditlimit${R(500000)}`);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('saves with the version it read, never sending the stored account number back', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<BillingDetailsWidget customer={customer} />, {
      permissions: ['billingDetails:read', 'billingDetails:write'],
      handler: () => ({ data: { updateBillingDetails: { __typename: 'BillingDetails', version: 4 } } }),
    });
    await user.click(screen.getByRole('button', { name: 'Edit billing details' }));
    const vat = await screen.findByLabelText('VAT rate (%)');
    await user.clear(vat);
    await user.type(vat, '16');
    expect(screen.getByText(/re-prices pending charges and draft invoices/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save billing details' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('UpdateBillingDetails'));
    const input = calls.find((c) => c.operationName === 'UpdateBillingDetails')!.variables.input;
    expect(input).toMatchObject({ customerId: 'c1', expectedVersion: 3, vatRateBasisPoints: 1600, paymentMethod: 'DEBIT_ORDER', creditLimitCents: 500000 });
    expect(input.debitOrder).not.toHaveProperty('accountNumber');
    expect(input.card).not.toHaveProperty('token');
  }, 30_000); // a long form: typing into it is slow on a shared machine

  it('puts the API refusal under the field it names', async () => {
    const user = userEvent.setup();
    renderWithProviders(<BillingDetailsWidget customer={customer} />, {
      permissions: ['billingDetails:read', 'billingDetails:write'],
      handler: () => ({ data: null, errors: [{ message: 'Branch code must be 6 digits', extensions: { code: 'BAD_USER_INPUT', field: 'debitOrder.branchCode' } }] }),
    });
    await user.click(screen.getByRole('button', { name: 'Edit billing details' }));
    await user.click(await screen.findByRole('button', { name: 'Save billing details' }));
    const shown = await screen.findAllByText('Branch code must be 6 digits');
    expect(shown.some((e) => e.className.includes('InputWrapper-error'))).toBe(true);
  }, 30_000);
});
