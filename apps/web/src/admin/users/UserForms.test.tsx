import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApolloLink } from '@apollo/client';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { CreateUserForm } from './UserForms';

const CHOICES = {
  roles: [
    { __typename: 'Role', id: 'r1', name: 'support', resellerScoped: false },
    { __typename: 'Role', id: 'r2', name: 'reseller', resellerScoped: true },
  ],
  resellers: [{ __typename: 'Reseller', id: '00000000-0000-4000-a000-00000000000a', name: 'Karoo Wireless' }],
};

function handler(op: ApolloLink.Operation) {
  if (op.operationName === 'AdminChoices') return { data: CHOICES };
  if (op.operationName === 'CreateStaffUser') {
    const invite = !(op.variables.input as { password: string | null }).password;
    return {
      data: {
        createStaffUser: {
          __typename: 'UserWithPasswordLink',
          user: { __typename: 'StaffUserInfo', id: 'u9', name: 'Nomsa Dlamini' },
          link: invite ? { __typename: 'IssuedPasswordLink', path: '/invite/slp_secret-token', expiresAt: '2030-01-04T10:00:00Z' } : null,
        },
      },
    };
  }
  return { data: { staffUsers: [] } };
}

async function choose(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('<CreateUserForm>', () => {
  it('asks for a reseller only for a reseller role', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CreateUserForm onDone={() => {}} />, { permissions: ['admin:roles'], handler });
    await screen.findByRole('combobox', { name: 'Role' });
    expect(screen.queryByRole('combobox', { name: 'Reseller' })).not.toBeInTheDocument();
    await choose(user, 'Role', 'Reseller');
    expect(await screen.findByRole('combobox', { name: 'Reseller' })).toBeInTheDocument();
    await choose(user, 'Role', 'Support');
    expect(screen.queryByRole('combobox', { name: 'Reseller' })).not.toBeInTheDocument();
  });

  it('without a password, shows the one-time invite link once, as a full URL', async () => {
    const user = userEvent.setup();
    const done = jest.fn();
    const { calls } = renderWithProviders(<CreateUserForm onDone={done} />, { permissions: ['admin:roles'], handler });
    await user.type(screen.getByLabelText(/Name/), 'Nomsa Dlamini');
    await user.type(screen.getByLabelText(/Email/), 'nomsa@isp.example');
    await choose(user, 'Role', 'Reseller');
    await choose(user, 'Reseller', 'Karoo Wireless');
    await user.click(screen.getByRole('button', { name: 'Add user and get link' }));
    expect(await screen.findByText("Copy it now: you won't see this again")).toBeInTheDocument();
    expect(screen.getByTestId('secret')).toHaveTextContent(`${window.location.origin}/invite/slp_secret-token`);
    const create = calls.find((c) => c.operationName === 'CreateStaffUser')!;
    expect(create.variables.input).toEqual({
      name: 'Nomsa Dlamini', email: 'nomsa@isp.example', role: 'reseller', resellerId: '00000000-0000-4000-a000-00000000000a', password: null,
    });
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(done).toHaveBeenCalled();
  });

  it('with a password: sends it, no reseller for a staff role, and checks its length first', async () => {
    const user = userEvent.setup();
    const done = jest.fn();
    const { calls } = renderWithProviders(<CreateUserForm onDone={done} />, { permissions: ['admin:roles'], handler });
    await user.type(screen.getByLabelText(/Name/), 'Piet Pompies');
    await user.type(screen.getByLabelText(/Email/), 'piet@isp.example');
    await user.click(screen.getByText('Set a password'));
    await user.type(screen.getByLabelText(/Initial password/), 'short');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    expect(await screen.findByText('At least 12 characters')).toBeInTheDocument();
    expect(calls.some((c) => c.operationName === 'CreateStaffUser')).toBe(false);
    await user.type(screen.getByLabelText(/Initial password/), '-but-now-long');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    await waitFor(() => expect(done).toHaveBeenCalled());
    expect(calls.find((c) => c.operationName === 'CreateStaffUser')!.variables.input).toMatchObject({ role: 'support', resellerId: null, password: 'short-but-now-long' });
  });
});
