import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/renderWithProviders';
import { Can } from './Can';

describe('<Can>', () => {
  it('draws its children when the user holds the permission', () => {
    renderWithProviders(<Can permission="notes:write"><button>Add note</button></Can>, { permissions: ['notes:read', 'notes:write'] });
    expect(screen.getByRole('button', { name: 'Add note' })).toBeInTheDocument();
  });

  it('draws the fallback (or nothing) without it', () => {
    renderWithProviders(
      <>
        <Can permission="notes:write"><button>Add note</button></Can>
        <Can permission="addresses:write" fallback={<span>read only</span>}><button>Add address</button></Can>
      </>,
      { permissions: ['notes:read', 'addresses:read'] },
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('read only')).toBeInTheDocument();
  });
});
