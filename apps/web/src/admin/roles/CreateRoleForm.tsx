'use client';

import { Checkbox, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { FormActions } from '@/components/FormActions';
import { humanize } from '@/lib/format';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { CreateRoleMutation, RolesQuery } from './documents';

/**
 * A new role, empty or starting from a copy of an existing role's permissions (and whether it is
 * reseller-scoped, which can only be chosen here).
 */
export function CreateRoleForm({ roles, onDone }: {
  roles: readonly { name: string; permissions: readonly string[]; resellerScoped: boolean }[];
  onDone: () => void;
}) {
  const [create, { loading }] = useMutation(CreateRoleMutation, { refetchQueries: [RolesQuery], awaitRefetchQueries: true });
  const form = useForm({
    initialValues: { name: '', description: '', copyFrom: null as string | null, resellerScoped: false },
    validate: { name: (v) => (/^[a-z][a-z0-9_]{1,40}$/.test(v) ? null : 'Lower-case letters, digits and _, starting with a letter') },
  });
  const { onSubmit, formError } = useFormSubmit(form, ['name', 'description', 'permissions', 'resellerScoped'], async (v) => {
    const permissions = [...(roles.find((r) => r.name === v.copyFrom)?.permissions ?? [])];
    await create({ variables: { input: { name: v.name, description: v.description.trim() || null, permissions, resellerScoped: v.resellerScoped } } });
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
          onChange={(copyFrom) => {
            form.setFieldValue('copyFrom', copyFrom);
            form.setFieldValue('resellerScoped', roles.find((r) => r.name === copyFrom)?.resellerScoped ?? false);
          }}
        />
        <Checkbox
          label="Reseller-scoped"
          description="Its users and API tokens must belong to a reseller and see only that reseller's customers"
          {...form.getInputProps('resellerScoped', { type: 'checkbox' })}
        />
        <FormActions error={formError} onCancel={onDone} submit="Create role" loading={loading} />
      </Stack>
    </form>
  );
}
