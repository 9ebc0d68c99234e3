'use client';

import { useState } from 'react';
import { Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { FormActions } from '@/components/FormActions';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { RoleAndResellerFields, resellerFor, useAdminChoices } from '../RoleAndReseller';
import { SecretOnce } from '../SecretOnce';
import { ApiTokensQuery, CreateApiTokenMutation } from './documents';

/** The end of the chosen day, local time: a token "until 31 May" works all of 31 May. */
const endOfDay = (date: string) => new Date(`${date}T23:59:59`).toISOString();

/** A token for a reseller's portal or a reporting tool; its secret is shown here once. */
export function CreateApiTokenForm({ onDone }: { onDone: () => void }) {
  const choices = useAdminChoices();
  const [create, { loading }] = useMutation(CreateApiTokenMutation, { refetchQueries: [ApiTokensQuery] });
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const form = useForm({
    initialValues: { name: '', role: 'reporting', resellerId: null as string | null, expiresAt: '' },
    validate: { name: (v) => (v.trim().length >= 3 ? null : 'At least 3 characters, e.g. "Karoo Wireless portal"') },
  });
  const { onSubmit, formError } = useFormSubmit(form, ['name', 'role', 'resellerId', 'expiresAt'], async (v) => {
    const { data } = await create({
      variables: {
        input: { name: v.name.trim(), role: v.role, resellerId: resellerFor(v, choices), expiresAt: v.expiresAt ? endOfDay(v.expiresAt) : null },
      },
    });
    setSecret({ name: data!.createApiToken.apiToken.name, token: data!.createApiToken.token });
  });

  if (secret) {
    return (
      <SecretOnce label="Token" secret={secret.token} onDone={onDone}>
        Give this token to the people behind “{secret.name}”. They send it as <code>Authorization: Bearer …</code>.
      </SecretOnce>
    );
  }
  return (
    <form onSubmit={onSubmit}>
      <Stack gap="sm">
        <TextInput label="Name" description="Who or what uses it" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <RoleAndResellerFields form={form} choices={choices} />
        <TextInput
          label="Expires on"
          description="Optional; leave empty for a token that works until revoked"
          type="date"
          min={new Date().toISOString().slice(0, 10)}
          {...form.getInputProps('expiresAt')}
        />
        <FormActions error={formError} onCancel={onDone} submit="Create token" loading={loading} />
      </Stack>
    </form>
  );
}
