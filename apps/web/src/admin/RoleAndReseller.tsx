'use client';

import { Select, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@apollo/client/react';
import { humanize } from '@/lib/format';
import { AdminChoicesQuery } from './documents';

export interface RoleAndResellerValues {
  role: string;
  resellerId: string | null;
}

/** The roles and resellers to choose from, and which roles need a reseller (the API says). */
export function useAdminChoices() {
  // Fresh on every form: a role or reseller may have been added since.
  const { data } = useQuery(AdminChoicesQuery, { fetchPolicy: 'cache-and-network' });
  const roles = data?.roles ?? [];
  return {
    roles,
    resellers: data?.resellers ?? [],
    needsReseller: (role: string) => roles.some((r) => r.name === role && r.resellerScoped),
  };
}

export type AdminChoices = ReturnType<typeof useAdminChoices>;

/** The reseller to send: only when the chosen role asks for one (a hidden field sends nothing). */
export const resellerFor = (values: RoleAndResellerValues, choices: AdminChoices) =>
  choices.needsReseller(values.role) ? values.resellerId : null;

/**
 * The role and reseller of a new user or API token. The reseller is asked for only when the
 * role is reseller-scoped, and is then required.
 */
export function RoleAndResellerFields<T extends RoleAndResellerValues>({ form, choices }: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: UseFormReturnType<T, any>;
  choices: AdminChoices;
}) {
  return (
    <SimpleGrid cols={2} spacing="sm">
      <Select
        label="Role"
        withAsterisk
        allowDeselect={false}
        data={choices.roles.map((r) => ({ value: r.name, label: humanize(r.name) }))}
        {...form.getInputProps('role')}
      />
      {choices.needsReseller(form.values.role) && (
        <Select
          label="Reseller"
          withAsterisk
          searchable
          placeholder="Whose customers they see"
          data={choices.resellers.map((r) => ({ value: r.id, label: r.name }))}
          {...form.getInputProps('resellerId')}
        />
      )}
    </SimpleGrid>
  );
}
