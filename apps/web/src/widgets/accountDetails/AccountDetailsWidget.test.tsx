import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { PostalAddressFragment } from '@/lib/postalAddress';
import { AccountDetailsWidgetFragment, ContactFragment } from './fragment';
import { AccountDetailsWidget } from './AccountDetailsWidget';

const postal = makeFragmentData(
  { line1: '1 Main Rd', line2: null, city: 'Stellenbosch', region: null, postalCode: '7600', country: 'ZA' },
  PostalAddressFragment,
);
const customer = makeFragmentData(
  {
    id: 'c1',
    accountDetails: {
      name: 'Acme Farms', companyName: null, accountNumber: 'ACC-0001', status: 'ACTIVE', customerType: 'BUSINESS',
      customerGroup: null, emails: ['ops@acme.test', 'bills@acme.test'], phone: '021 555 0100', mobile: null, vatNumber: null,
      accountManager: { id: 's1', name: 'Mia Manager' }, reseller: null, physicalAddress: postal, postalAddress: postal,
      latitude: -33.9, longitude: 18.8, joinedAt: '2020-05-01T00:00:00Z', version: 7,
    },
    contacts: [
      makeFragmentData({ id: 'k1', name: 'Pat Owner', role: 'Owner', phone: null, email: 'pat@acme.test', isPrimary: true, version: 1 }, ContactFragment),
    ],
  },
  AccountDetailsWidgetFragment,
);

describe('<AccountDetailsWidget>', () => {
  it('shows the details and contacts, read-only without accountDetails:write', () => {
    renderWithProviders(<AccountDetailsWidget customer={customer} />, { permissions: ['accountDetails:read'] });
    expect(screen.getByText('ops@acme.test, bills@acme.test')).toBeInTheDocument();
    expect(screen.getByText('Mia Manager')).toBeInTheDocument();
    expect(screen.getByTestId('contact')).toHaveTextContent('Pat Owner');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('edits with the version it read and explains a CONFLICT', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<AccountDetailsWidget customer={customer} />, {
      permissions: ['accountDetails:read', 'accountDetails:write'],
      handler: () => ({ data: null, errors: [{ message: 'Version mismatch', extensions: { code: 'CONFLICT' } }] }),
    });
    expect(screen.getByRole('button', { name: 'Add contact' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit details' }));
    const phone = await screen.findByLabelText('Phone');
    await user.clear(phone);
    await user.type(phone, '021 555 0199');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Someone else changed this')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].variables.input).toMatchObject({
      customerId: 'c1',
      expectedVersion: 7,
      phone: '021 555 0199',
      emails: ['ops@acme.test', 'bills@acme.test'],
    });
  });
});
