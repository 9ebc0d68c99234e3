'use client';

import { Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { FormActions } from '@/components/FormActions';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { CreateResellerMutation, ResellersQuery } from './documents';

export function CreateResellerForm({ onDone }: { onDone: () => void }) {
  const [create, { loading }] = useMutation(CreateResellerMutation, { refetchQueries: [ResellersQuery], awaitRefetchQueries: true });
  const form = useForm({
    initialValues: { name: '' },
    validate: { name: (v) => (v.trim().length >= 2 ? null : 'Enter the reseller’s name') },
  });
  const { onSubmit, formError } = useFormSubmit(form, ['name'], async ({ name }) => {
    const { data } = await create({ variables: { input: { name: name.trim() } } });
    notifications.show({ color: 'teal', title: 'Reseller added', message: `${data!.createReseller.name}: ${data!.createReseller.id}` });
    onDone();
  });
  return (
    <form onSubmit={onSubmit}>
      <Stack gap="sm">
        <TextInput label="Name" description="Trading name, e.g. Karoo Wireless" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <FormActions error={formError} onCancel={onDone} submit="Add reseller" loading={loading} />
      </Stack>
    </form>
  );
}
