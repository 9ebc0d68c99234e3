import type { MutationProbe } from '../../kernel/module';

let n = 0;
const create = 'mutation($input: CreateDataPackageInput!) { createDataPackage(input: $input) { id version } }';
const pkg = () => ({ input: { name: `Probe Fibre ${process.pid}-${++n}-${Date.now()}`, downloadKbps: 50_000, uploadKbps: 25_000, monthlyPriceCents: 59_900 } });

/** The catalogue's admin mutations, tested per role by the generated tests. */
export const catalogueProbes: MutationProbe[] = [
  { name: 'createDataPackage', permission: 'catalogue:write', document: create, variables: () => pkg() },
  {
    name: 'updateDataPackage',
    permission: 'catalogue:write',
    document: 'mutation($input: UpdateDataPackageInput!) { updateDataPackage(input: $input) { id } }',
    variables: async ({ asAdmin }) => {
      const made = (await asAdmin(create, pkg())).createDataPackage;
      return { input: { id: made.id, expectedVersion: made.version, monthlyPriceCents: 64_900 } };
    },
  },
];
