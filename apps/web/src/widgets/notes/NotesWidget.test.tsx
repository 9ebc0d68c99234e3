import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { NoteFragment, NotesWidgetFragment } from './fragment';
import { NotesWidget } from './NotesWidget';

const customer = makeFragmentData(
  {
    id: 'c1',
    notes: [
      makeFragmentData({ id: 'n1', body: 'Prefers email contact', category: 'ACCOUNT', popup: false, authorName: 'Ann Agent', createdAt: '2024-03-01T10:00:00Z' }, NoteFragment),
      makeFragmentData({ id: 'n2', body: 'Tower access needs a key', category: 'OTHER', popup: true, authorName: 'Tom Tech', createdAt: '2024-02-01T10:00:00Z' }, NoteFragment),
    ],
  },
  NotesWidgetFragment,
);

describe('<NotesWidget>', () => {
  it('lists the notes with author, category and pop-up flag', () => {
    renderWithProviders(<NotesWidget customer={customer} />, { permissions: ['notes:read'] });
    const notes = screen.getAllByTestId('note');
    expect(notes).toHaveLength(2);
    expect(notes[0]).toHaveTextContent('Prefers email contact');
    expect(notes[0]).toHaveTextContent('Ann Agent');
    expect(notes[1]).toHaveTextContent('Pop-up');
  });

  it('shows no edit controls without notes:write', () => {
    renderWithProviders(<NotesWidget customer={customer} />, { permissions: ['notes:read'] });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('New note')).not.toBeInTheDocument();
  });

  it('with notes:write, adds a note flagged as pop-up and re-asks the profile', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<NotesWidget customer={customer} />, {
      permissions: ['notes:read', 'notes:write'],
      handler: (op) => ({
        data: {
          addNote: { __typename: 'CustomerNote', id: 'n3', body: String((op.variables.input as { body: string }).body), category: 'BILLING', popup: true, authorName: 'Sam', createdAt: '2024-04-01T00:00:00Z' },
        },
      }),
    });
    expect(screen.getAllByRole('button', { name: /Flag as pop-up|Remove pop-up/ })).toHaveLength(2);
    await user.type(screen.getByLabelText('New note'), 'Call before 10am');
    await user.click(screen.getByLabelText('Show as pop-up'));
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('AddNote'));
    const addNote = calls.find((c) => c.operationName === 'AddNote')!;
    expect(addNote.variables).toEqual({ input: { customerId: 'c1', body: 'Call before 10am', category: 'ACCOUNT', popup: true } });
    await waitFor(() => expect(screen.getByLabelText('New note')).toHaveValue(''));
  });

  it('shows a validation error from the API under the field', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotesWidget customer={customer} />, {
      permissions: ['notes:read', 'notes:write'],
      handler: () => ({
        data: null,
        errors: [{ message: 'Note is too long', extensions: { code: 'BAD_USER_INPUT', field: 'body' } }],
      }),
    });
    await user.type(screen.getByLabelText('New note'), 'x');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText('Note is too long')).toBeInTheDocument();
  });
});
