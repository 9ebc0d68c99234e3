import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { NoteFragment, NotesWidgetFragment } from './fragment';
import { NotesWidget } from './NotesWidget';

const justNow = new Date(Date.now() - 60_000).toISOString();
const unbroken = 'y'.repeat(300);
const note = (fields: Record<string, unknown>) =>
  makeFragmentData({ id: 'n', body: '', category: 'OTHER', popup: false, authorName: 'Ann Agent', createdAt: '2024-03-01T10:00:00Z', editedAt: null, writtenByMe: false, ...fields } as never, NoteFragment);

const customer = makeFragmentData(
  {
    id: 'c1',
    notes: [
      note({ id: 'mine', body: 'Prefers email contact', category: 'ACCOUNT', authorName: 'Sam Support', createdAt: justNow, writtenByMe: true }),
      note({ id: 'theirs', body: 'Tower access needs a key', popup: true, authorName: 'Tom Tech' }),
      note({ id: 'long', body: unbroken, authorName: 'Tom Tech', editedAt: '2024-03-01T10:05:00Z' }),
    ],
  },
  NotesWidgetFragment,
);

const noteCard = (text: string) => screen.getAllByTestId('note').find((n) => n.textContent?.includes(text))!;
const menuItems = async (user: ReturnType<typeof userEvent.setup>, text: string) => {
  await user.click(within(noteCard(text)).getByRole('button', { name: 'Note actions' }));
  const items = await screen.findAllByRole('menuitem');
  return items.map((i) => i.textContent);
};

describe('<NotesWidget>', () => {
  it('lists the notes with author, category, pop-up flag and "edited", long text wrapped inside the card', () => {
    renderWithProviders(<NotesWidget customer={customer} />, { permissions: ['notes:read'] });
    const notes = screen.getAllByTestId('note');
    expect(notes).toHaveLength(3);
    expect(notes[0]).toHaveTextContent('Prefers email contact');
    expect(notes[0]).toHaveTextContent('Sam Support');
    expect(notes[1]).toHaveTextContent('Pop-up');
    expect(notes[2]).toHaveTextContent('edited');
    expect(within(notes[2]).getByTestId('note-body')).toHaveStyle({ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' });
  });

  it('shows no controls without notes:write', () => {
    renderWithProviders(<NotesWidget customer={customer} />, { permissions: ['notes:read'] });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('New note')).not.toBeInTheDocument();
  });

  it('keeps note actions in a quiet menu: no red "Flag as pop-up" button on every note', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotesWidget customer={customer} />, { permissions: ['notes:read', 'notes:write'] });
    expect(screen.queryByRole('button', { name: /Flag as pop-up/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Note actions' })).toHaveLength(2); // not on someone else's pop-up
    // My fresh note: edit it, or make it a pop-up.
    expect(await menuItems(user, 'Prefers email contact')).toEqual(['Edit', 'Show as pop-up']);
    await user.keyboard('{Escape}');
    // Someone else's pop-up: only its author or a moderator may stop it, so nothing to do here.
    expect(within(noteCard('Tower access')).queryByRole('button', { name: 'Note actions' })).toBeNull();
  });

  it('with notes:moderate, stops anyone’s pop-up and deletes a note after asking', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<NotesWidget customer={customer} />, {
      permissions: ['notes:read', 'notes:write', 'notes:moderate'],
      handler: (op) => ({ data: { removeNote: op.variables.id } }),
    });
    expect(await menuItems(user, 'Tower access')).toEqual(['Stop showing as pop-up', 'Delete…']);
    await user.click(screen.getByRole('menuitem', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this note?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete note' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('RemoveNote'));
    expect(calls.find((c) => c.operationName === 'RemoveNote')!.variables).toEqual({ id: 'theirs' });
  });

  it('lets the author correct a fresh note in place', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<NotesWidget customer={customer} />, {
      permissions: ['notes:read', 'notes:write'],
      handler: (op) => ({
        data: { editNote: { __typename: 'CustomerNote', id: 'mine', body: (op.variables.input as { body: string }).body, category: 'ACCOUNT', popup: false, authorName: 'Sam Support', createdAt: justNow, editedAt: new Date().toISOString(), writtenByMe: true } },
      }),
    });
    await menuItems(user, 'Prefers email contact');
    await user.click(screen.getByRole('menuitem', { name: 'Edit' }));
    const box = screen.getByLabelText('Note');
    await user.clear(box);
    await user.type(box, 'Prefers WhatsApp contact');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('EditNote'));
    expect(calls.find((c) => c.operationName === 'EditNote')!.variables).toEqual({ input: { id: 'mine', body: 'Prefers WhatsApp contact', category: 'ACCOUNT' } });
  });

  it('offers no Edit once the window has passed', async () => {
    const user = userEvent.setup();
    const old = makeFragmentData({ id: 'c1', notes: [note({ id: 'old', body: 'Written an hour ago', writtenByMe: true, createdAt: new Date(Date.now() - 3600_000).toISOString() })] }, NotesWidgetFragment);
    renderWithProviders(<NotesWidget customer={old} />, { permissions: ['notes:read', 'notes:write'] });
    expect(await menuItems(user, 'Written an hour ago')).toEqual(['Show as pop-up']);
  });

  it('with notes:write, adds a note flagged as pop-up', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<NotesWidget customer={customer} />, {
      permissions: ['notes:read', 'notes:write'],
      handler: (op) => ({
        data: {
          addNote: { __typename: 'CustomerNote', id: 'n3', body: String((op.variables.input as { body: string }).body), category: 'BILLING', popup: true, authorName: 'Sam', createdAt: '2024-04-01T00:00:00Z', editedAt: null, writtenByMe: true },
        },
      }),
    });
    expect(screen.getByLabelText('New note')).toHaveAttribute('maxlength', '4000');
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
        errors: [{ message: 'Note can be at most 4000 characters', extensions: { code: 'BAD_USER_INPUT', field: 'body' } }],
      }),
    });
    await user.type(screen.getByLabelText('New note'), 'x');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText('Note can be at most 4000 characters')).toBeInTheDocument();
  });
});
