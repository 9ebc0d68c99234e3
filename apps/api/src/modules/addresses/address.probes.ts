import type { WidgetProbe } from '../../kernel/module';

const addAddress = 'mutation($input: AddAddressInput!) { addAddress(input: $input) { id version } }';
const farm = (customerId: string) => ({ input: { customerId, label: 'Farm', kind: 'INSTALLATION', address: { line1: 'R44', city: 'Stellenbosch' } } });

export const addressProbes: WidgetProbe[] = [
  {
    field: 'addresses',
    permission: 'addresses:read',
    selection: '{ id label kind notes version latitude longitude address { line1 line2 city region postalCode country } }',
    statements: 1,
    mutations: [
      { name: 'addAddress', permission: 'addresses:write', document: addAddress, variables: ({ customerId }) => farm(customerId) },
      {
        name: 'removeAddress',
        permission: 'addresses:write',
        document: 'mutation($id: ID!) { removeAddress(id: $id) }',
        variables: async ({ customerId, asAdmin }) => ({ id: (await asAdmin(addAddress, farm(customerId))).addAddress.id }),
      },
    ],
  },
];
