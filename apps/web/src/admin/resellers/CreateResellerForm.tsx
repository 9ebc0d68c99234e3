'use client';

import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { FormError } from '@/components/FormError';
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
        <FormError error={formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>Cancel</Button>
          <Button type="submit" loading={loading}>Add reseller</Button>
        </Group>
      </Stack>
    </form>
  );
}
