import type { WidgetProbe } from '../../kernel/module';

const addContact = 'mutation($input: AddContactInput!) { addContact(input: $input) { id version } }';

export const contactProbes: WidgetProbe[] = [
  {
    field: 'contacts',
    permission: 'accountDetails:read',
    selection: '{ id name role phone email isPrimary version }',
    statements: 1,
    mutations: [
      {
        name: 'addContact',
        permission: 'accountDetails:write',
        document: addContact,
        variables: ({ customerId }) => ({ input: { customerId, name: 'Thandi Nkosi' } }),
      },
      {
        name: 'removeContact',
        permission: 'accountDetails:write',
        document: 'mutation($id: ID!) { removeContact(id: $id) }',
        variables: async ({ customerId, asAdmin }) => ({
          id: (await asAdmin(addContact, { input: { customerId, name: 'Leaving Soon' } })).addContact.id,
        }),
      },
    ],
  },
];
