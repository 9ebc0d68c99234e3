import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/renderWithProviders';
import { AdminArea } from './AdminArea';

jest.mock('next/navigation', () => ({
  usePathname: () => '/admin/roles',
  useRouter: () => ({ push: jest.fn() }),
}));

describe('<AdminArea>', () => {
  it('shows a clear "not allowed" state, and not the screen, without admin:roles', () => {
    renderWithProviders(<AdminArea><p>the users screen</p></AdminArea>, { permissions: ['notes:read', 'notes:write'] });
    expect(screen.getByRole('alert')).toHaveTextContent('Not allowed');
    expect(screen.getByRole('alert')).toHaveTextContent('admin:roles');
    expect(screen.queryByText('the users screen')).not.toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
  });

  it('draws the admin tabs, the current one selected, and the screen with admin:roles', () => {
    renderWithProviders(<AdminArea><p>the roles screen</p></AdminArea>, { permissions: ['admin:roles'] });
    expect(screen.getByText('the roles screen')).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Users', 'Roles', 'API tokens', 'Resellers', 'Packages']);
    expect(screen.getByRole('tab', { name: 'Roles' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
