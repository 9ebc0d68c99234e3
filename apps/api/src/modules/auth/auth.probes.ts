import type { MutationProbe } from '../../kernel/module';

/** Administration is not a widget, but its permission is tested per role all the same. */
export const authActionProbes: MutationProbe[] = [
  {
    name: 'createRole',
    permission: 'admin:roles',
    document: 'mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }',
    variables: () => ({ input: { name: `probe_${Math.random().toString(36).slice(2, 10)}` } }),
  },
];
