import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clearDrafts } from '@/lib/useDraft';
import { renderWithProviders, type Handler } from '../../../test/renderWithProviders';
import { AddNoteForm } from './AddNoteForm';

const saved: Handler = (op) => ({
  data: { addNote: { __typename: 'CustomerNote', id: 'n1', body: 'x', category: 'ACCOUNT', popup: false, authorName: 'Sam', createdAt: '2024-04-01T00:00:00Z', editedAt: null, writtenByMe: true } },
});
const render = (opts: { customerId?: string; userId?: string; handler?: Handler } = {}) =>
  renderWithProviders(<AddNoteForm customerId={opts.customerId ?? 'c1'} />, { permissions: ['notes:read', 'notes:write'], me: { id: opts.userId ?? 'u1' }, handler: opts.handler ?? saved });

beforeEach(() => window.localStorage.clear());

describe('a note being typed is kept as a draft', () => {
  it('comes back after the page is left (an expired session) and opened again by the same user', async () => {
    const user = userEvent.setup();
    const first = render();
    await user.type(screen.getByLabelText('New note'), 'Customer says the router');
    await user.click(screen.getByLabelText('Show as pop-up'));
    first.unmount();

    render();
    expect(screen.getByLabelText('New note')).toHaveValue('Customer says the router');
    expect(screen.getByLabelText('Show as pop-up')).toBeChecked();
  });

  it('is kept per user and per customer', async () => {
    const user = userEvent.setup();
    const first = render();
    await user.type(screen.getByLabelText('New note'), 'For c1, by u1');
    first.unmount();

    const otherUser = render({ userId: 'u2' });
    expect(screen.getByLabelText('New note')).toHaveValue('');
    otherUser.unmount();
    const otherCustomer = render({ customerId: 'c2' });
    expect(screen.getByLabelText('New note')).toHaveValue('');
    otherCustomer.unmount();
    render();
    expect(screen.getByLabelText('New note')).toHaveValue('For c1, by u1');
  });

  it('is dropped once the note is saved', async () => {
    const user = userEvent.setup();
    const first = render();
    await user.type(screen.getByLabelText('New note'), 'Saved for real');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(screen.getByLabelText('New note')).toHaveValue(''));
    first.unmount();
    render();
    expect(screen.getByLabelText('New note')).toHaveValue('');
    expect(window.localStorage.length).toBe(0);
  });

  it('is kept when saving fails, and dropped for that user only on sign-out', async () => {
    const user = userEvent.setup();
    const failing = render({ handler: () => ({ data: null, errors: [{ message: 'down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) });
    await user.type(screen.getByLabelText('New note'), 'Still here');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on the server');
    failing.unmount();
    const other = render({ userId: 'u2' });
    await user.type(screen.getByLabelText('New note'), 'Colleague draft');
    other.unmount();

    clearDrafts('u1');
    render();
    expect(screen.getByLabelText('New note')).toHaveValue('');
    expect(window.localStorage.length).toBe(1); // u2's draft stays
  });
});
