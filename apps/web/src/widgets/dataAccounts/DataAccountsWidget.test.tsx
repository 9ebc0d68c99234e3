import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { DataAccountsWidgetFragment } from './fragment';
import { DataAccountsWidget } from './DataAccountsWidget';

const pkg = { __typename: 'DataPackage' as const, id: 'p50', name: 'Home Fibre 50/25', downloadKbps: 50_000, uploadKbps: 25_000, dataCapBytes: null };
const account = (over: Record<string, unknown>) => ({
  __typename: 'DataAccount' as const,
  id: 'a1', username: 'thabo@wisp.co.za', status: 'ACTIVE', statusReason: null, statusChangedAt: null,
  startDate: '2026-03-01', endDate: null, staticIp: '100.64.0.9', notes: null, customPriceCents: null,
  monthlyPrice: { cents: 69_900, currency: 'ZAR' }, version: 3, package: pkg,
  installationAddress: { id: 'ad1', label: 'Farm', summary: 'R44, Stellenbosch' },
  ...over,
});
const customer = makeFragmentData(
  {
    id: 'c1',
    dataAccounts: [
      account({}),
      account({ id: 'a2', username: 'office@wisp.co.za', status: 'SUSPENDED', statusReason: 'Arrears over 60 days', staticIp: null, installationAddress: null,
        package: { ...pkg, id: 'lte', name: 'LTE 60 GB', downloadKbps: 20_000, uploadKbps: 5_000, dataCapBytes: 60e9 }, customPriceCents: 35_000, monthlyPrice: { cents: 35_000, currency: 'ZAR' } }),
      account({ id: 'a3', username: 'old@wisp.co.za', status: 'CANCELLED', statusReason: 'Moved', endDate: '2026-10-31', staticIp: null }),
    ],
  } as never,
  DataAccountsWidgetFragment,
);
const WRITE = ['dataAccounts:read', 'dataAccounts:write'];
const rows = () => screen.getAllByTestId('data-account');
const variablesOf = (calls: { operationName: string; variables: Record<string, unknown> }[], name: string) => calls.find((c) => c.operationName === name)?.variables;

describe('<DataAccountsWidget>', () => {
  it('shows username, package speeds and cap, status with its reason, dates and price; read-only without dataAccounts:write', () => {
    renderWithProviders(<DataAccountsWidget customer={customer} />, { permissions: ['dataAccounts:read'] });
    expect(rows()).toHaveLength(3);
    expect(rows()[0]).toHaveTextContent('thabo@wisp.co.za');
    expect(rows()[0]).toHaveTextContent('Static IP 100.64.0.9');
    expect(rows()[0]).toHaveTextContent('At Farm: R44, Stellenbosch');
    expect(rows()[0]).toHaveTextContent('50 Mbps / 25 Mbps · Uncapped');
    expect(rows()[0]).toHaveTextContent(/R\s?699\.00/);
    expect(rows()[1]).toHaveTextContent('Suspended');
    expect(rows()[1]).toHaveTextContent('Arrears over 60 days');
    expect(rows()[1]).toHaveTextContent('60 GB');
    expect(rows()[2]).toHaveTextContent('until 31 Oct 2026');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('suspends an account with a reason, and refuses without one', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<DataAccountsWidget customer={customer} />, {
      permissions: WRITE,
      handler: () => ({ data: { suspendDataAccount: { __typename: 'DataAccount', id: 'a1', status: 'SUSPENDED' } } }),
    });
    // A cancelled account has no actions.
    expect(within(rows()[2]).queryByRole('button')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Actions for thabo@wisp.co.za' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Suspend' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    expect((await within(dialog).findAllByText('Give a reason')).length).toBeGreaterThan(0);
    expect(calls).toHaveLength(0);
    await user.type(within(dialog).getByLabelText(/Reason/), 'Router reported stolen');
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(variablesOf(calls as never, 'SuspendDataAccount')).toEqual({ id: 'a1', reason: 'Router reported stolen' }));
  });

  it('offers Unsuspend for a suspended account', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<DataAccountsWidget customer={customer} />, {
      permissions: WRITE,
      handler: () => ({ data: { unsuspendDataAccount: { __typename: 'DataAccount', id: 'a2', status: 'ACTIVE' } } }),
    });
    await user.click(screen.getByRole('button', { name: 'Actions for office@wisp.co.za' }));
    expect(screen.queryByRole('menuitem', { name: 'Suspend' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('menuitem', { name: 'Unsuspend' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Reason/), 'Paid up');
    await user.click(within(dialog).getByRole('button', { name: 'Unsuspend' }));
    await waitFor(() => expect(variablesOf(calls as never, 'UnsuspendDataAccount')).toEqual({ id: 'a2', reason: 'Paid up' }));
  });

  it('regenerates a password and shows it once', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<DataAccountsWidget customer={customer} />, {
      permissions: WRITE,
      handler: () => ({ data: { regenerateDataAccountPassword: { __typename: 'DataAccountPassword', account: { __typename: 'DataAccount', id: 'a1', username: 'thabo@wisp.co.za' }, password: 'Kq7mXp2vNw4z' } } }),
    });
    await user.click(screen.getByRole('button', { name: 'Actions for thabo@wisp.co.za' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Regenerate password' }));
    // It asks first: the router stops working until it has the new password.
    const dialog = await screen.findByRole('dialog');
    expect(calls).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Regenerate password' }));
    expect(await screen.findByTestId('secret')).toHaveTextContent('Kq7mXp2vNw4z');
    expect(screen.getByText(/you won't see this again/)).toBeInTheDocument();
    expect(variablesOf(calls as never, 'RegenerateDataAccountPassword')).toEqual({ id: 'a1' });
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByTestId('secret')).not.toBeInTheDocument());
  });

  it('cancels an account with a reason and an end date', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<DataAccountsWidget customer={customer} />, {
      permissions: WRITE,
      handler: () => ({ data: { cancelDataAccount: { __typename: 'DataAccount', id: 'a1', status: 'CANCELLED' } } }),
    });
    await user.click(screen.getByRole('button', { name: 'Actions for thabo@wisp.co.za' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Cancel (expire)' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Reason/), 'Moved to Durban');
    await user.type(within(dialog).getByLabelText(/End date/), '2026-12-31');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel account' }));
    await waitFor(() => expect(variablesOf(calls as never, 'CancelDataAccount')).toEqual({ id: 'a1', reason: 'Moved to Durban', endDate: '2026-12-31' }));
  });

  it('suspends all accounts of the customer', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<DataAccountsWidget customer={customer} />, {
      permissions: WRITE,
      handler: () => ({ data: { suspendCustomerDataAccounts: [{ __typename: 'DataAccount', id: 'a1' }] } }),
    });
    await user.click(screen.getByRole('button', { name: 'All accounts' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Suspend all' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Reason/), 'Tower maintenance');
    await user.click(within(dialog).getByRole('button', { name: 'Suspend all' }));
    await waitFor(() => expect(variablesOf(calls as never, 'SuspendAllDataAccounts')).toEqual({ customerId: 'c1', reason: 'Tower maintenance' }));
  });

  it('adds an account with a generated password, shown once, and puts the API’s field errors under their inputs', async () => {
    const user = userEvent.setup();
    let attempt = 0;
    const { calls } = renderWithProviders(<DataAccountsWidget customer={customer} />, {
      permissions: WRITE,
      handler: (op) => {
        if (op.operationName === 'OfferedPackages') {
          return { data: { offeredDataPackages: [{ __typename: 'DataPackage', id: 'p100', name: 'Home Fibre 100/50', downloadKbps: 100_000, uploadKbps: 50_000, dataCapBytes: null, monthlyPriceCents: 89_900 }] } };
        }
        if (op.operationName === 'AddDataAccount' && attempt++ === 0) {
          return { data: null, errors: [{ message: 'username is already in use', extensions: { code: 'CONFLICT', field: 'username' } }] };
        }
        return { data: { addDataAccount: { __typename: 'DataAccountPassword', account: { __typename: 'DataAccount', id: 'a9', username: 'new@wisp.co.za' }, password: 'Zr8tYb3kPq6m' } } };
      },
    });
    await user.click(screen.getByRole('button', { name: 'Add data account' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Username/), 'New@wisp.co.za');
    await user.click(within(dialog).getByRole('combobox', { name: /Package/ }));
    await user.click(await screen.findByRole('option', { name: /Home Fibre 100\/50/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add data account' }));
    expect((await within(dialog).findAllByText('This username is already taken')).length).toBeGreaterThan(0);
    expect(within(dialog).getByLabelText(/Username/)).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Add data account' }));
    expect(await screen.findByTestId('secret')).toHaveTextContent('Zr8tYb3kPq6m');
    expect(variablesOf(calls as never, 'AddDataAccount')).toMatchObject({
      input: { customerId: 'c1', username: 'new@wisp.co.za', packageId: 'p100', password: null, staticIp: null, customPriceCents: null },
    });
  }, 20_000);
});

describe('<DataAccountsWidget> edit', () => {
  it('edits the static IP and installation site with the version it read, and shows a clash under the field', async () => {
    const user = userEvent.setup();
    let attempt = 0;
    const { calls } = renderWithProviders(<DataAccountsWidget customer={customer} />, {
      permissions: [...WRITE, 'addresses:read'],
      handler: (op) => {
        if (op.operationName === 'InstallationSites') {
          return { data: { customer: { __typename: 'Customer', id: 'c1', addresses: [
            { __typename: 'CustomerAddress', id: 'ad1', label: 'Farm', kind: 'INSTALLATION' },
            { __typename: 'CustomerAddress', id: 'ad2', label: 'Shop', kind: 'BUSINESS' },
          ] } } };
        }
        if (op.operationName === 'UpdateDataAccount' && attempt++ === 0) {
          return { data: null, errors: [{ message: 'staticIp is already in use', extensions: { code: 'CONFLICT', field: 'staticIp' } }] };
        }
        return { data: { updateDataAccount: { __typename: 'DataAccount', id: 'a1', version: 4 } } };
      },
    });
    await user.click(screen.getByRole('button', { name: 'Actions for thabo@wisp.co.za' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit details' }));
    const dialog = await screen.findByRole('dialog');
    const ip = within(dialog).getByLabelText(/Static IP/);
    await user.clear(ip);
    await user.type(ip, '100.64.0.10');
    await user.click(await within(dialog).findByRole('combobox', { name: /Installed at/ }));
    await user.click(await screen.findByRole('option', { name: 'Shop' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect((await within(dialog).findAllByText('This static IP is already in use')).length).toBeGreaterThan(0);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'UpdateDataAccount')).toHaveLength(2));
    expect(calls.filter((c) => c.operationName === 'UpdateDataAccount')[1].variables).toEqual({
      input: { id: 'a1', expectedVersion: 3, staticIp: '100.64.0.10', addressId: 'ad2', notes: null, customPriceCents: null },
    });
  }, 20_000);
});
