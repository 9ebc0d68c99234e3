import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { formatMoney } from '@/lib/format';

// Money as drawn, without its (non-breaking) spaces: compare against text() below.
const R = (cents: number) => formatMoney({ cents, currency: 'ZAR' }).replace(/\s/g, '');
const text = (el: HTMLElement) => el.textContent!.replace(/\s/g, '');
import { renderWithProviders } from '../../../test/renderWithProviders';
import { PaymentReceiptsWidgetFragment } from './fragment';
import { PaymentReceiptsWidget } from './PaymentReceiptsWidget';

const receipt = (id: string, extra: Record<string, unknown> = {}) => ({
  id, kind: 'RECEIPT', receivedOn: '2026-02-03', method: 'EFT', reference: 'SL000123', amountCents: 15000, reversed: false, reason: null,
  unallocatedCents: 3500, currency: 'ZAR', allocations: [{ kind: 'INVOICE', id: 'i1', reference: 'INV000007', amountCents: 11500 }], ...extra,
});
const customer = makeFragmentData(
  { id: 'c1', paymentReceipts: [receipt('p1'), receipt('p0', { reversed: true, unallocatedCents: 0, allocations: [] })] } as never,
  PaymentReceiptsWidgetFragment,
);

describe('<PaymentReceiptsWidget>', () => {
  it('lists payments with what they paid, read-only without paymentReceipts:write', () => {
    renderWithProviders(<PaymentReceiptsWidget customer={customer} />, { permissions: ['paymentReceipts:read'] });
    const [first, second] = screen.getAllByTestId('receipt');
    expect(text(first)).toContain(`INV000007:${R(11500)}`);
    expect(text(first)).toContain(`${R(3500)}unallocated`);
    expect(second).toHaveTextContent('Reversed');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('records a payment in cents with one idempotency key per form', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<PaymentReceiptsWidget customer={customer} />, {
      permissions: ['paymentReceipts:read', 'paymentReceipts:write'],
      handler: () => ({ data: { recordPayment: { __typename: 'Payment', id: 'p2' } } }),
    });
    await user.click(screen.getByRole('button', { name: 'Record payment' }));
    await user.type(await screen.findByLabelText(/Reference/), 'Cash at branch');
    await user.type(screen.getByLabelText(/Amount/), '1234.5');
    await user.click(screen.getAllByRole('button', { name: 'Record payment' }).at(-1)!);
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('RecordPayment'));
    const input = calls.find((c) => c.operationName === 'RecordPayment')!.variables.input;
    expect(input).toMatchObject({ customerId: 'c1', method: 'EFT', reference: 'Cash at branch', amountCents: 123450 });
    expect(input.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(input).not.toHaveProperty('allocations'); // oldest due first
  });

  it('reverses a payment with a reason; a reversed one offers nothing', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<PaymentReceiptsWidget customer={customer} />, {
      permissions: ['paymentReceipts:read', 'paymentReceipts:write'],
      handler: () => ({ data: { reversePayment: { __typename: 'Payment', id: 'r1' } } }),
    });
    expect(screen.getAllByRole('button', { name: 'Reverse' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Allocate' })).not.toBeInTheDocument(); // needs ageAnalysis:read too
    await user.click(screen.getByRole('button', { name: 'Reverse' }));
    await user.type(await screen.findByLabelText(/Reason/), 'Debit order bounced');
    await user.click(screen.getByRole('button', { name: 'Reverse payment' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('ReversePayment'));
    expect(calls.find((c) => c.operationName === 'ReversePayment')!.variables.input).toMatchObject({ paymentId: 'p1', reason: 'Debit order bounced' });
  });

  it('imports a statement file and says what happened to each line', async () => {
    const user = userEvent.setup();
    const { calls, baseElement } = renderWithProviders(<PaymentReceiptsWidget customer={customer} />, {
      permissions: ['paymentReceipts:read', 'paymentReceipts:write'],
      handler: () => ({
        data: { importBankStatement: { __typename: 'BankImportResult', lines: 3, imported: 1, duplicates: 1, unmatched: [{ __typename: 'UnmatchedStatementLine', line: 4, reference: 'WHO', amountCents: 5000 }], rejected: [] } },
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Import bank statement' }));
    const csv = 'date,reference,amount\n2026-02-03,SL000123,115.00\n';
    await screen.findByText('Statement (CSV)');
    await user.upload(baseElement.querySelector<HTMLInputElement>('input[type=file]')!, new File([csv], 'statement.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByTestId('import-outcome')).toHaveTextContent('1 of 3 lines imported');
    expect(text(screen.getByTestId('import-outcome'))).toContain(`Line4:“WHO”,${R(5000)}`);
    expect(calls.find((c) => c.operationName === 'ImportBankStatement')!.variables.csv).toBe(csv);
  });
});
