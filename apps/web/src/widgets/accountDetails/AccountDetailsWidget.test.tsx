import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { renderWithProviders, type Handler } from '../../../test/renderWithProviders';
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

  it('hides the account manager from reseller users (staff names are internal)', () => {
    renderWithProviders(<AccountDetailsWidget customer={customer} />, { permissions: ['accountDetails:read'], me: { reseller: { id: 'r1', name: 'Reseller A' } } });
    expect(screen.queryByText('Account manager')).not.toBeInTheDocument();
    expect(screen.queryByText('Mia Manager')).not.toBeInTheDocument();
  });
});

describe('editing account details', () => {
  const openEditor = async (handler?: Handler) => {
    const user = userEvent.setup();
    const utils = renderWithProviders(<AccountDetailsWidget customer={customer} />, { permissions: ['accountDetails:read', 'accountDetails:write'], handler });
    await user.click(screen.getByRole('button', { name: 'Edit details' }));
    const dialog = await screen.findByRole('dialog');
    return { user, dialog, ...utils };
  };

  it('limits each input to what the API accepts, and does not show the internal version', async () => {
    const { dialog } = await openEditor();
    expect(within(dialog).getByLabelText(/^Name/)).toHaveAttribute('maxlength', '200');
    expect(within(dialog).getByLabelText('Customer group')).toHaveAttribute('maxlength', '60');
    expect(within(dialog).getAllByLabelText('City')[0]).toHaveAttribute('maxlength', '100');
    expect(within(dialog).getAllByLabelText('Postal code')[0]).toHaveAttribute('maxlength', '20');
    expect(dialog.querySelector('form')).toHaveAttribute('novalidate');
    expect(dialog).not.toHaveTextContent(/Version/);
  });

  it('shows a refused field at the field and beside Save, and scrolls it into view', async () => {
    const scrolled = jest.spyOn(HTMLElement.prototype, 'scrollIntoView');
    const { user, dialog, calls } = await openEditor(() => ({
      data: null,
      errors: [{ message: 'Name can be at most 200 characters', extensions: { code: 'BAD_USER_INPUT', field: 'name' } }],
    }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    const name = within(dialog).getByLabelText(/^Name/);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getAllByText('Name can be at most 200 characters')).toHaveLength(2);
    expect(within(dialog).getByTestId('form-error-summary')).toHaveTextContent('Name can be at most 200 characters');
    await waitFor(() => expect(scrolled.mock.contexts).toContain(name));
    scrolled.mockRestore();
  });

  it('refuses a latitude of 200 inline instead of clamping it to 90, and sends nothing', async () => {
    const { user, dialog, calls } = await openEditor();
    const latitude = within(dialog).getByLabelText('Latitude');
    await user.clear(latitude);
    await user.type(latitude, '200');
    await user.tab(); // blur: Mantine's default would clamp here
    expect(latitude).toHaveValue('200');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findAllByText('Latitude must be between -90 and 90')).toHaveLength(2);
    expect(latitude).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveLength(0);
  });

  it('shows the API’s refusal of a coordinate at the field', async () => {
    const { user, dialog } = await openEditor(() => ({
      data: null,
      errors: [{ message: 'Longitude must be between -180 and 180', extensions: { code: 'BAD_USER_INPUT', field: 'longitude' } }],
    }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(within(dialog).getByLabelText('Longitude')).toHaveAttribute('aria-invalid', 'true'));
  });
});

describe('contact form', () => {
  it('checks the email with the app’s inline error, not the browser’s tooltip', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<AccountDetailsWidget customer={customer} />, { permissions: ['accountDetails:read', 'accountDetails:write'] });
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.querySelector('form')).toHaveAttribute('novalidate');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Thandi');
    await user.type(within(dialog).getByLabelText('Email'), 'thandi.example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Add contact' }));
    expect(await within(dialog).findByText('Email must look like name@example.com')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText(/^Name/)).toHaveAttribute('maxlength', '120');
    expect(calls).toHaveLength(0);
  });
});
