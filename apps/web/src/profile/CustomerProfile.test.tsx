import { screen, waitFor, within } from '@testing-library/react';
import { print } from 'graphql';
import { DEFAULT_ROLES } from '@sightline/access';
import { WIDGETS_IN_PAGE_ORDER } from '@/widgets';
import { renderWithProviders } from '../../test/renderWithProviders';
import { CustomerProfile } from './CustomerProfile';

const postal = { __typename: 'PostalAddress', line1: '1 Main Rd', line2: null, city: 'Stellenbosch', region: 'WC', postalCode: '7600', country: 'ZA' };
const customer = {
  __typename: 'Customer',
  id: 'c1',
  name: 'Acme Farms',
  accountNumber: 'ACC-0001',
  status: 'ACTIVE',
  balance: { __typename: 'Money', cents: 12345, currency: 'ZAR' },
  popupNotes: [
    { __typename: 'CustomerNote', id: 'n2', body: 'Gate code 4411', category: 'OTHER', authorName: 'Tom', createdAt: '2024-01-01T00:00:00Z' },
  ],
  notes: [
    { __typename: 'CustomerNote', id: 'n2', body: 'Gate code 4411', category: 'OTHER', popup: true, authorName: 'Tom', createdAt: '2024-01-01T00:00:00Z', editedAt: null, writtenByMe: false },
  ],
  accountDetails: {
    __typename: 'AccountDetails', name: 'Acme Farms', companyName: 'Acme Farms (Pty) Ltd', accountNumber: 'ACC-0001', status: 'ACTIVE',
    customerType: 'BUSINESS', customerGroup: null, emails: ['ops@acme.test'], phone: '021 555 0100', mobile: null, vatNumber: null,
    accountManager: null, reseller: null, physicalAddress: postal, postalAddress: postal, latitude: null, longitude: null,
    joinedAt: '2020-05-01T00:00:00Z', version: 3,
  },
  contacts: [],
  addresses: [],
};

/** A fake API whose addresses field fails; being non-null, that nulls the whole customer. */
function handler(op: { operationName?: string; query: import('graphql').DocumentNode }) {
  const text = print(op.query);
  if (text.includes('addresses {')) {
    return { data: { customer: null }, errors: [{ message: 'Addresses are unavailable', path: ['customer', 'addresses'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
  }
  return { data: { customer } };
}

describe('<CustomerProfile>', () => {
  it('draws a card per readable widget in registry order, the header and the pop-up notes', async () => {
    const permissions: string[] = DEFAULT_ROLES.support.permissions.filter((p) => p !== 'addresses:read');
    const { calls } = renderWithProviders(<CustomerProfile id="c1" />, { permissions, handler });
    expect(await screen.findByRole('heading', { name: 'Acme Farms' })).toBeInTheDocument();
    expect(screen.getByTestId('balance')).toHaveTextContent('R 123.45');
    const cards = document.querySelectorAll('[data-widget]');
    const readable = WIDGETS_IN_PAGE_ORDER.filter((w) => permissions.includes(w.permission)).map((w) => w.id);
    expect(readable).toEqual(expect.arrayContaining(['accountDetails', 'notes']));
    expect([...cards].map((c) => c.getAttribute('data-widget'))).toEqual(readable);
    // Each card's code arrives on its own; then the widget draws its data.
    const notes = document.querySelector('[data-widget="notes"]') as HTMLElement;
    expect(await within(notes).findByText('Gate code 4411')).toBeInTheDocument();
    // The flagged note shows once, in the one alert area above the widgets, not in a modal.
    const alert = screen.getByRole('region', { name: 'Pop-up notes' });
    expect(within(alert).getByText('Gate code 4411')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls).toHaveLength(1);
  });

  it('keeps the rest of the page working when one widget fails to load', async () => {
    const { calls } = renderWithProviders(<CustomerProfile id="c1" />, {
      permissions: ['accountDetails:read', 'addresses:read', 'addresses:write'],
      handler,
    });
    const addresses = await waitFor(() => {
      const card = document.querySelector('[data-widget="addresses"]');
      expect(card).not.toBeNull();
      return card as HTMLElement;
    });
    expect(within(addresses).getByRole('alert')).toHaveTextContent('Addresses are unavailable');
    expect(screen.getByRole('heading', { name: 'Acme Farms' })).toBeInTheDocument();
    expect(await within(document.querySelector('[data-widget="accountDetails"]') as HTMLElement).findByText('ops@acme.test')).toBeInTheDocument();
    // The second request left the failing widget out; no balance without ageAnalysis:read.
    expect(calls).toHaveLength(2);
    expect(print(calls[1].query)).not.toContain('addresses');
    expect(screen.queryByTestId('balance')).not.toBeInTheDocument();
  });

  it('shows a widget error from partial data inside that card only', async () => {
    const { calls } = renderWithProviders(<CustomerProfile id="c1" />, {
      permissions: ['accountDetails:read', 'notes:read'],
      handler: () => ({
        data: { customer: { ...customer, notes: null } },
        errors: [{ message: 'Notes are unavailable', path: ['customer', 'notes'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      }),
    });
    const notes = await waitFor(() => {
      const card = document.querySelector('[data-widget="notes"]');
      expect(card).not.toBeNull();
      return card as HTMLElement;
    });
    expect(within(notes).getByRole('alert')).toHaveTextContent('Notes are unavailable');
    const details = document.querySelector('[data-widget="accountDetails"]') as HTMLElement;
    expect(await within(details).findByText('ops@acme.test')).toBeInTheDocument();
    expect(within(details).queryByRole('alert')).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('says so when the customer does not exist (or is out of scope)', async () => {
    renderWithProviders(<CustomerProfile id="nope" />, {
      permissions: ['accountDetails:read'],
      handler: () => ({ data: null, errors: [{ message: 'Customer not found', path: ['customer'], extensions: { code: 'NOT_FOUND' } }] }),
    });
    expect(await screen.findByText('Customer not found')).toBeInTheDocument();
  });
});
