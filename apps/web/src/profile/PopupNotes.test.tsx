import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { ProfilePopupNotesFragment } from './documents';
import { PopupNotes } from './PopupNotes';

const unbroken = 'x'.repeat(300);
const customer = makeFragmentData(
  {
    id: 'c1',
    popupNotes: [
      { id: 'n1', body: 'Dispute open: do not suspend', category: 'BILLING', authorName: 'Bea Billing', createdAt: '2024-03-01T10:00:00Z' },
      { id: 'n2', body: 'Dog on site', category: 'OTHER', authorName: 'Tom Tech', createdAt: '2024-02-01T10:00:00Z' },
      { id: 'n3', body: unbroken, category: 'OTHER', authorName: 'Tom Tech', createdAt: '2024-01-01T10:00:00Z' },
    ],
  },
  ProfilePopupNotesFragment,
);

describe('<PopupNotes>', () => {
  it('lists every pop-up note once, in one alert and no modal, long text wrapped inside it', () => {
    renderWithProviders(<PopupNotes customer={customer} />, { permissions: ['notes:read'] });
    const region = screen.getByRole('region', { name: 'Pop-up notes' });
    expect(region).toHaveTextContent('3 pop-up notes');
    expect(within(region).getAllByTestId('popup-note')).toHaveLength(3);
    expect(screen.getAllByText('Dog on site')).toHaveLength(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText(unbroken)).toHaveStyle({ overflowWrap: 'anywhere' });
  });

  it('collapses to its one-line heading and opens again', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PopupNotes customer={customer} />, { permissions: ['notes:read'] });
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(screen.getByRole('button', { name: 'Show' })).toHaveAttribute('aria-expanded', 'false');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('dismisses one note for this user through the API, then re-asks the profile', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<PopupNotes customer={customer} />, {
      permissions: ['notes:read'],
      handler: (op) => ({ data: { dismissPopupNote: { __typename: 'CustomerNote', id: String(op.variables.noteId) } } }),
    });
    const second = screen.getAllByTestId('popup-note')[1];
    await user.click(within(second).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('DismissPopupNote'));
    expect(calls.find((c) => c.operationName === 'DismissPopupNote')!.variables).toEqual({ noteId: 'n2' });
  });

  it('draws nothing when every pop-up has been dismissed', () => {
    const none = makeFragmentData({ id: 'c1', popupNotes: [] }, ProfilePopupNotesFragment);
    renderWithProviders(<PopupNotes customer={none} />, { permissions: ['notes:read'] });
    expect(screen.queryByRole('region', { name: 'Pop-up notes' })).not.toBeInTheDocument();
  });
});
