import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { PackagesScreen } from './PackagesScreen';

const PACKAGES = [
  { __typename: 'DataPackage', id: 'p1', name: 'Home Fibre 50/25', downloadKbps: 50_000, uploadKbps: 25_000, dataCapBytes: null, monthlyPriceCents: 69_900, vatTreatment: 'STANDARD', active: true, overageBilled: false, overageCentsPerGb: null, version: 2 },
  { __typename: 'DataPackage', id: 'p2', name: 'LTE 60 GB', downloadKbps: 20_000, uploadKbps: 5_000, dataCapBytes: 60e9, monthlyPriceCents: 39_900, vatTreatment: 'STANDARD', active: false, overageBilled: true, overageCentsPerGb: 2_000, version: 1 },
];
const variablesOf = (calls: { operationName: string; variables: Record<string, unknown> }[], name: string) => calls.find((c) => c.operationName === name)?.variables;

describe('<PackagesScreen>', () => {
  it('lists every package with speeds, cap, price and overage', async () => {
    renderWithProviders(<PackagesScreen />, { permissions: ['admin:roles', 'catalogue:write'], handler: () => ({ data: { dataPackages: PACKAGES } }) });
    const rows = await screen.findAllByTestId('package-row');
    expect(rows[0]).toHaveTextContent('50 Mbps / 25 Mbps');
    expect(rows[0]).toHaveTextContent('Uncapped');
    expect(rows[0]).toHaveTextContent('699.00');
    expect(rows[1]).toHaveTextContent('Not offered');
    expect(rows[1]).toHaveTextContent('60 GB');
    expect(rows[1]).toHaveTextContent('20.00 / GB');
  });

  it('edits a package in Mbit/s and currency units, sending kbit/s and cents with the version it read', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<PackagesScreen />, {
      permissions: ['admin:roles', 'catalogue:write'],
      handler: (op) => (op.operationName === 'UpdateDataPackage'
        ? { data: { updateDataPackage: { __typename: 'DataPackage', id: 'p1', name: 'Home Fibre 60/30', version: 3 } } }
        : { data: { dataPackages: PACKAGES } }),
    });
    const rows = await screen.findAllByTestId('package-row');
    await user.click(within(rows[0]).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    const down = within(dialog).getByLabelText(/Download/);
    await user.clear(down);
    await user.type(down, '60');
    await user.click(within(dialog).getByRole('button', { name: 'Save package' }));
    await waitFor(() => expect(variablesOf(calls as never, 'UpdateDataPackage')).toBeDefined());
    expect(variablesOf(calls as never, 'UpdateDataPackage')).toEqual({
      input: { id: 'p1', expectedVersion: 2, name: 'Home Fibre 50/25', downloadKbps: 60_000, uploadKbps: 25_000, dataCapBytes: null, monthlyPriceCents: 69_900, vatTreatment: 'STANDARD', active: true, overageBilled: false, overageCentsPerGb: null },
    });
  }, 20_000);

  it('has no add or edit without catalogue:write', async () => {
    renderWithProviders(<PackagesScreen />, { permissions: ['admin:roles'], handler: () => ({ data: { dataPackages: PACKAGES } }) });
    await screen.findAllByTestId('package-row');
    expect(screen.queryByRole('button', { name: /Add package|Edit/ })).not.toBeInTheDocument();
  });
});
