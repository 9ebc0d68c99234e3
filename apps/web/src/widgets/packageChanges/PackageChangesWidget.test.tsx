import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { PackageChangesWidgetFragment } from './fragment';
import { PackageChangesWidget } from './PackageChangesWidget';

const p = (id: string, name: string) => ({ __typename: 'DataPackage' as const, id, name });
const change = (over: Record<string, unknown>) => ({
  __typename: 'PackageChange' as const,
  id: 'pc1', dataAccountId: 'a1', username: 'thabo@wisp.co.za', effectiveDate: '2099-01-01', state: 'SCHEDULED', immediate: false,
  submittedByName: 'Sam Support', submittedAt: '2026-11-20T09:30:00Z', settledAt: null, reason: null,
  fromPackage: p('p50', 'Home Fibre 50/25'), toPackage: p('p100', 'Home Fibre 100/50'),
  ...over,
});
const customer = makeFragmentData(
  {
    id: 'c1',
    packageChanges: [
      change({}),
      change({ id: 'pc2', state: 'APPLIED', immediate: true, effectiveDate: '2026-06-01', submittedByName: 'Staff', fromPackage: p('lte', 'LTE 60 GB') }),
      change({ id: 'pc3', state: 'FAILED', effectiveDate: '2026-05-01', reason: 'The data account is cancelled' }),
    ],
  } as never,
  PackageChangesWidgetFragment,
);
const variablesOf = (calls: { operationName: string; variables: Record<string, unknown> }[], name: string) => calls.find((c) => c.operationName === name)?.variables;
const future = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);

describe('<PackageChangesWidget>', () => {
  it('lists scheduled and past changes with who submitted them; read-only without packageChanges:write', () => {
    renderWithProviders(<PackageChangesWidget customer={customer} />, { permissions: ['packageChanges:read'] });
    const rows = screen.getAllByTestId('package-change');
    expect(rows[0]).toHaveTextContent('Home Fibre 50/25');
    expect(rows[0]).toHaveTextContent('Home Fibre 100/50');
    expect(rows[0]).toHaveTextContent('Scheduled');
    expect(rows[0]).toHaveTextContent('by Sam Support');
    expect(rows[1]).toHaveTextContent('Immediate, by Staff');
    expect(rows[2]).toHaveTextContent('Failed');
    expect(rows[2]).toHaveTextContent('The data account is cancelled');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('cancels a scheduled change after confirming (only scheduled ones can be)', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<PackageChangesWidget customer={customer} />, {
      permissions: ['packageChanges:read', 'packageChanges:write'],
      handler: () => ({ data: { cancelPackageChange: { __typename: 'PackageChange', id: 'pc1', state: 'CANCELLED' } } }),
    });
    expect(screen.getAllByRole('button', { name: 'Cancel' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText(/Cancel the change of thabo@wisp.co.za to Home Fibre 100\/50/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, cancel the change' }));
    await waitFor(() => expect(variablesOf(calls as never, 'CancelPackageChange')).toEqual({ id: 'pc1' }));
  });

  it('schedules a change: account, another package, a date from today', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<PackageChangesWidget customer={customer} />, {
      permissions: ['packageChanges:read', 'packageChanges:write', 'dataAccounts:read'],
      handler: (op) => {
        if (op.operationName === 'ChangeableAccounts') {
          return { data: { customer: { __typename: 'Customer', id: 'c1', dataAccounts: [
            { __typename: 'DataAccount', id: 'a1', username: 'thabo@wisp.co.za', status: 'ACTIVE', package: p('p50', 'Home Fibre 50/25') },
            { __typename: 'DataAccount', id: 'a3', username: 'old@wisp.co.za', status: 'CANCELLED', package: p('p50', 'Home Fibre 50/25') },
          ] } } };
        }
        if (op.operationName === 'OfferedPackages') {
          return { data: { offeredDataPackages: [
            { __typename: 'DataPackage', id: 'p50', name: 'Home Fibre 50/25', downloadKbps: 50_000, uploadKbps: 25_000, dataCapBytes: null, monthlyPriceCents: 69_900 },
            { __typename: 'DataPackage', id: 'p100', name: 'Home Fibre 100/50', downloadKbps: 100_000, uploadKbps: 50_000, dataCapBytes: null, monthlyPriceCents: 89_900 },
          ] } };
        }
        return { data: { schedulePackageChange: { __typename: 'PackageChange', id: 'pc9', state: 'SCHEDULED' } } };
      },
    });
    await user.click(screen.getByRole('button', { name: 'Schedule change' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: /Data account/ }));
    expect(screen.queryByRole('option', { name: /old@wisp/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: /thabo@wisp.co.za/ }));
    await user.click(within(dialog).getByRole('combobox', { name: /New package/ }));
    // The account's own package is not offered.
    expect(screen.queryByRole('option', { name: 'Home Fibre 50/25' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Home Fibre 100/50' }));
    await user.type(within(dialog).getByLabelText(/Effective date/), '2020-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Schedule change' }));
    expect((await within(dialog).findAllByText('Effective date cannot be in the past')).length).toBeGreaterThan(0);
    await user.clear(within(dialog).getByLabelText(/Effective date/));
    await user.type(within(dialog).getByLabelText(/Effective date/), future);
    await user.click(within(dialog).getByRole('button', { name: 'Schedule change' }));
    await waitFor(() => expect(variablesOf(calls as never, 'SchedulePackageChange')).toEqual({ input: { dataAccountId: 'a1', toPackageId: 'p100', effectiveDate: future } }));
  }, 20_000);
});
