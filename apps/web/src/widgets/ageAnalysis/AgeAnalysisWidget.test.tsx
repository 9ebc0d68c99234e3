import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { formatMoney } from '@/lib/format';

// Money as drawn, without its (non-breaking) spaces: compare against text() below.
const R = (cents: number) => formatMoney({ cents, currency: 'ZAR' }).replace(/\s/g, '');
const text = (el: HTMLElement) => el.textContent!.replace(/\s/g, '');
import { renderWithProviders } from '../../../test/renderWithProviders';
import { AgeAnalysisWidgetFragment } from './fragment';
import { AgeAnalysisWidget } from './AgeAnalysisWidget';

const customer = makeFragmentData(
  {
    id: 'c1',
    ageAnalysis: {
      currency: 'ZAR', asOf: '2026-11-23', currentCents: 11500, days30Cents: 0, days60Cents: 23000, days90Cents: 0, days120PlusCents: 5000,
      unallocatedCreditCents: 2000, balanceCents: 37500,
      openItems: [
        { kind: 'INVOICE', id: 'i1', reference: 'INV000003', date: '2026-08-01', dueDate: '2026-08-31', side: 'DEBIT', amountCents: 5000, openCents: 5000, daysOverdue: 84 },
        { kind: 'PAYMENT', id: 'p1', reference: 'EFT 123', date: '2026-11-01', dueDate: '2026-11-01', side: 'CREDIT', amountCents: 2000, openCents: 2000, daysOverdue: 0 },
      ],
    },
  } as never,
  AgeAnalysisWidgetFragment,
);

describe('<AgeAnalysisWidget>', () => {
  it('shows the buckets, the balance and the open items; Update needs paymentReceipts:write', () => {
    renderWithProviders(<AgeAnalysisWidget customer={customer} />, { permissions: ['ageAnalysis:read'] });
    expect(text(screen.getByTestId('age-balance'))).toBe(R(37500));
    expect(text(screen.getByTestId('bucket-days60Cents'))).toContain(R(23000));
    expect(text(screen.getByTestId('bucket-credit'))).toContain(`−${R(2000)}`);
    const [invoice, payment] = screen.getAllByTestId('open-item');
    expect(invoice).toHaveTextContent('INV000003');
    expect(invoice).toHaveTextContent('84 days late');
    expect(text(payment)).toContain(`−${R(2000)}`);
    expect(screen.queryByRole('button', { name: 'Update' })).not.toBeInTheDocument();
  });

  it('Update imports and recomputes for this customer', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<AgeAnalysisWidget customer={customer} />, {
      permissions: ['ageAnalysis:read', 'paymentReceipts:write'],
      handler: () => ({ data: { updateAgeAnalysis: { __typename: 'Customer', id: 'c1' } } }),
    });
    await user.click(screen.getByRole('button', { name: 'Update' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('UpdateAgeAnalysis'));
    expect(calls.find((c) => c.operationName === 'UpdateAgeAnalysis')!.variables).toEqual({ customerId: 'c1' });
  });
});
