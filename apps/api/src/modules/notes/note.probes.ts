import type { WidgetProbe } from '../../kernel/module';

const addNote = 'mutation($input: AddNoteInput!) { addNote(input: $input) { id } }';
const note = (customerId: string, popup = false) => ({ input: { customerId, body: 'Line test booked for Tuesday', category: 'OTHER', popup } });

export const noteProbes: WidgetProbe[] = [
  {
    field: 'notes',
    permission: 'notes:read',
    selection: '(first: 20) { id body category popup authorName createdAt editedAt writtenByMe }',
    statements: 1,
    mutations: [
      { name: 'addNote', permission: 'notes:write', document: addNote, variables: ({ customerId }) => note(customerId) },
      {
        name: 'removeNote',
        permission: 'notes:moderate',
        document: 'mutation($id: ID!) { removeNote(id: $id) }',
        variables: async ({ customerId, asAdmin }) => ({ id: (await asAdmin(addNote, note(customerId))).addNote.id }),
      },
    ],
  },
  { field: 'popupNotes', permission: 'notes:read', selection: '{ id body category authorName createdAt }', statements: 1 },
];
