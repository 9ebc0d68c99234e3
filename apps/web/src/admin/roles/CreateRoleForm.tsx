'use client';

import { Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { FormActions } from '@/components/FormActions';
import { humanize } from '@/lib/format';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { CreateRoleMutation, RolesQuery } from './documents';

/** A new role, empty or starting from a copy of an existing role's permissions. */
export function CreateRoleForm({ roles, onDone }: {
  roles: readonly { name: string; permissions: readonly string[] }[];
  onDone: () => void;
}) {
  const [create, { loading }] = useMutation(CreateRoleMutation, { refetchQueries: [RolesQuery], awaitRefetchQueries: true });
  const form = useForm({
    initialValues: { name: '', description: '', copyFrom: null as string | null },
    validate: { name: (v) => (/^[a-z][a-z0-9_]{1,40}$/.test(v) ? null : 'Lower-case letters, digits and _, starting with a letter') },
  });
  const { onSubmit, formError } = useFormSubmit(form, ['name', 'description', 'permissions'], async (v) => {
    const permissions = [...(roles.find((r) => r.name === v.copyFrom)?.permissions ?? [])];
    await create({ variables: { input: { name: v.name, description: v.description.trim() || null, permissions } } });
    onDone();
  });
  return (
    <form onSubmit={onSubmit}>
      <Stack gap="sm">
        <TextInput label="Name" description="e.g. field_auditor" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Description" {...form.getInputProps('description')} />
        <Select
          label="Start from"
          placeholder="No permissions"
          description="Copies that role's permissions; edit them in the grid afterwards"
          clearable
          data={roles.map((r) => ({ value: r.name, label: humanize(r.name) }))}
          {...form.getInputProps('copyFrom')}
        />
        <FormActions error={formError} onCancel={onDone} submit="Create role" loading={loading} />
      </Stack>
    </form>
  );
}
