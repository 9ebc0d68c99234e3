'use client';

import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ContactFieldsFragment as Contact } from '@/gql/graphql';
import { FormError } from '@/components/FormError';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { AddContactMutation, UpdateContactMutation } from './mutations';

const FIELDS = ['name', 'role', 'phone', 'email', 'isPrimary'];

/** Adds a contact person, or edits one at the version it was read. */
export function ContactForm({ customerId, contact, onDone }: { customerId: string; contact?: Contact; onDone: () => void }) {
  const [addContact, addState] = useProfileMutation(AddContactMutation);
  const [updateContact, updateState] = useProfileMutation(UpdateContactMutation);
  const form = useForm({
    initialValues: {
      name: contact?.name ?? '',
      role: contact?.role ?? '',
      phone: contact?.phone ?? '',
      email: contact?.email ?? '',
      isPrimary: contact?.isPrimary ?? false,
    },
    validate: { name: (v) => (v.trim() ? null : 'The contact needs a name') },
  });

  const { onSubmit, formError } = useFormSubmit(form, FIELDS, async (v) => {
    const fields = {
      name: v.name.trim(),
      role: v.role.trim() || null,
      phone: v.phone.trim() || null,
      email: v.email.trim() || null,
      isPrimary: v.isPrimary,
    };
    if (contact) await updateContact({ variables: { input: { id: contact.id, expectedVersion: contact.version, ...fields } } });
    else await addContact({ variables: { input: { customerId, ...fields } } });
    onDone();
  });

  return (
    <form onSubmit={onSubmit}>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Name" withAsterisk data-autofocus {...form.getInputProps('name')} />
          <TextInput label="Role" placeholder="e.g. Accounts" {...form.getInputProps('role')} />
          <TextInput label="Phone" {...form.getInputProps('phone')} />
          <TextInput label="Email" type="email" {...form.getInputProps('email')} />
        </SimpleGrid>
        <Checkbox label="Primary contact" {...form.getInputProps('isPrimary', { type: 'checkbox' })} />
        <FormError error={formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>Cancel</Button>
          <Button type="submit" loading={addState.loading || updateState.loading}>{contact ? 'Save contact' : 'Add contact'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
