import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApolloLink } from '@apollo/client';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { CreateRoleForm } from './CreateRoleForm';

const ROLES = [
  { name: 'support', permissions: ['accountDetails:read'], resellerScoped: false },
  { name: 'reseller', permissions: ['accountDetails:read', 'tickets:read'], resellerScoped: true },
];

function handler(op: ApolloLink.Operation) {
  if (op.operationName === 'CreateRole') return { data: { createRole: { __typename: 'Role', id: 'r9', name: 'partner_portal' } } };
  return { data: { roles: [] } };
}

describe('<CreateRoleForm>', () => {
  it('makes a reseller-scoped role when ticked, and a copy of a reseller-scoped role starts ticked', async () => {
    const user = userEvent.setup();
    const done = jest.fn();
    const { calls } = renderWithProviders(<CreateRoleForm roles={ROLES} onDone={done} />, { permissions: ['admin:roles'], handler });
    const scoped = screen.getByRole('checkbox', { name: /Reseller-scoped/ });
    expect(scoped).not.toBeChecked();
    await user.click(screen.getByRole('combobox', { name: 'Start from' }));
    await user.click(await screen.findByRole('option', { name: 'Reseller' }));
    expect(scoped).toBeChecked();
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'partner_portal');
    await user.click(screen.getByRole('button', { name: 'Create role' }));
    await waitFor(() => expect(done).toHaveBeenCalled());
    const create = calls.find((c) => c.operationName === 'CreateRole')!;
    expect(create.variables.input).toEqual({
      name: 'partner_portal',
      description: null,
      permissions: ['accountDetails:read', 'tickets:read'],
      resellerScoped: true,
    });
  });
});
