import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { PostalAddressFragment } from '@/lib/postalAddress';
import { AddressesWidgetFragment } from './fragment';
import { AddressesWidget } from './AddressesWidget';

const customer = makeFragmentData(
  {
    id: 'c1',
    addresses: [
      {
        id: 'a1', label: 'Farm tower', kind: 'INSTALLATION', notes: 'Fibre 100/100',
        address: makeFragmentData(
          { line1: 'Plot 7', line2: null, city: 'Paarl', region: null, postalCode: '7646', country: 'ZA' },
          PostalAddressFragment,
        ),
        latitude: null, longitude: null, version: 2,
      },
    ],
  },
  AddressesWidgetFragment,
);

describe('<AddressesWidget>', () => {
  it('is read-only without addresses:write', () => {
    renderWithProviders(<AddressesWidget customer={customer} />, { permissions: ['addresses:read'] });
    expect(screen.getByTestId('address')).toHaveTextContent('Farm tower');
    expect(screen.getByTestId('address')).toHaveTextContent('Plot 7, Paarl, 7646, ZA');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('removes an address after confirming', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<AddressesWidget customer={customer} />, {
      permissions: ['addresses:read', 'addresses:write'],
      handler: () => ({ data: { removeAddress: 'a1' } }),
    });
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Remove the address "Farm tower"?')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('RemoveAddress'));
    expect(calls.find((c) => c.operationName === 'RemoveAddress')!.variables).toEqual({ id: 'a1' });
  });

  it('edits an address with the version it read', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<AddressesWidget customer={customer} />, {
      permissions: ['addresses:read', 'addresses:write'],
      handler: () => ({ data: { updateAddress: { __typename: 'CustomerAddress', id: 'a1', label: 'Farm mast', kind: 'INSTALLATION', notes: 'Fibre 100/100', version: 3 } } }),
    });
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const label = await screen.findByLabelText(/Label/);
    await user.clear(label);
    await user.type(label, 'Farm mast');
    await user.click(screen.getByRole('button', { name: 'Save address' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('UpdateAddress'));
    expect(calls.find((c) => c.operationName === 'UpdateAddress')!.variables.input).toMatchObject({
      id: 'a1',
      expectedVersion: 2,
      label: 'Farm mast',
      kind: 'INSTALLATION',
      address: { line1: 'Plot 7', line2: null, city: 'Paarl', region: null, postalCode: '7646', country: 'ZA' },
    });
  });
});
