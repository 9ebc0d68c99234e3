import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ACTION_PERMISSIONS, DEFAULT_ROLES, WIDGETS } from '@sightline/access';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { PermissionMatrix, type MatrixRole } from './PermissionMatrix';

// Drawing ~170 Mantine checkboxes takes seconds in jsdom.
jest.setTimeout(20_000);

/** A box by its label; a selector, since label queries take seconds on a grid this size. */
const box = (container: HTMLElement, label: string) => container.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;

const roles: MatrixRole[] = [
  { id: 'r-admin', name: 'admin', description: 'Everything', permissions: [...DEFAULT_ROLES.admin.permissions] },
  // support as shipped, plus auditTrail:read, minus notes:write
  {
    id: 'r-support',
    name: 'support',
    description: 'Support agents',
    permissions: [...DEFAULT_ROLES.support.permissions.filter((p) => p !== 'notes:write'), 'auditTrail:read'],
  },
  { id: 'r-auditor', name: 'field_auditor', description: '', permissions: ['accountDetails:read'] },
];

describe('<PermissionMatrix>', () => {
  it('has a row per widget and action permission and a read/write box per role, ticked as granted', () => {
    const { container } = renderWithProviders(<PermissionMatrix roles={roles} />, { permissions: ['admin:roles'] });
    for (const w of WIDGETS) expect(screen.getByTestId(`matrix-row-${w.id}`)).toHaveTextContent(w.title);
    for (const p of ACTION_PERMISSIONS) expect(screen.getByTestId(`matrix-row-${p}`)).toBeInTheDocument();
    // querySelectorAll: getAllByRole is slow on a grid this size in jsdom.
    expect(container.querySelectorAll('input[type=checkbox]')).toHaveLength(roles.length * (WIDGETS.length * 2 + ACTION_PERMISSIONS.length));
    expect(box(container, 'support addresses:read')).toBeChecked();
    expect(box(container, 'support billingDetails:write')).not.toBeChecked();
    expect(box(container, 'field_auditor accountDetails:read')).toBeChecked();
    expect(box(container, 'field_auditor accountDetails:write')).not.toBeChecked();
  });

  it('marks the default roles and tints the boxes that differ from the shipped default', () => {
    const { container } = renderWithProviders(<PermissionMatrix roles={roles} />, { permissions: ['admin:roles'] });
    const header = screen.getAllByRole('columnheader');
    expect(within(header[1]).getByText('default')).toBeInTheDocument();
    expect(within(header[2]).getByText('default')).toBeInTheDocument();
    expect(within(header[3]).getByText('custom')).toBeInTheDocument();
    const changed = [...container.querySelectorAll('[data-changed] input[type=checkbox]')].map((c) => c.getAttribute('aria-label'));
    expect(changed.sort()).toEqual(['support auditTrail:read', 'support notes:write']);
  });

  it('grants on tick and revokes on untick, by role name', async () => {
    const { calls, container } = renderWithProviders(<PermissionMatrix roles={roles} />, {
      permissions: ['admin:roles'],
      handler: (op) => ({ data: { [op.operationName === 'GrantPermission' ? 'grantPermission' : 'revokePermission']: { __typename: 'Role', id: 'r-auditor', permissions: [] } } }),
    });
    // fireEvent: user-event takes seconds on a grid this size.
    fireEvent.click(box(container, 'field_auditor auditTrail:read'));
    fireEvent.click(box(container, 'field_auditor accountDetails:read'));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls.map((c) => [c.operationName, c.variables])).toEqual([
      ['GrantPermission', { role: 'field_auditor', permission: 'auditTrail:read' }],
      ['RevokePermission', { role: 'field_auditor', permission: 'accountDetails:read' }],
    ]);
  });

  it('does not offer to take admin:roles from the admin role', () => {
    const { container } = renderWithProviders(<PermissionMatrix roles={roles} />, { permissions: ['admin:roles'] });
    expect(box(container, 'admin admin:roles')).toBeDisabled();
    expect(box(container, 'support admin:roles')).toBeEnabled();
  });
});
