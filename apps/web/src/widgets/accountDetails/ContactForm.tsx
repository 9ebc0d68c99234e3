'use client';

import { Checkbox, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LIMITS } from '@sightline/access';
import type { ContactFieldsFragment as Contact } from '@/gql/graphql';
import { FormActions } from '@/components/FormActions';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { emailAddress, required } from '@/lib/validation';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { AddContactMutation, UpdateContactMutation } from './mutations';

const FIELDS = ['name', 'role', 'phone', 'email', 'isPrimary'];
const L = LIMITS.contact;

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
    validate: { name: required('The contact needs a name'), email: emailAddress('Email') },
  });

  const { onSubmit, formError, formRef } = useFormSubmit(form, FIELDS, async (v) => {
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
    // noValidate: the app's inline errors, not the browser's own tooltip for type="email".
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Name" withAsterisk data-autofocus maxLength={L.name} {...form.getInputProps('name')} />
          <TextInput label="Role" placeholder="e.g. Accounts" maxLength={L.role} {...form.getInputProps('role')} />
          <TextInput label="Phone" type="tel" maxLength={L.phone} {...form.getInputProps('phone')} />
          <TextInput label="Email" type="email" maxLength={L.email} {...form.getInputProps('email')} />
        </SimpleGrid>
        <Checkbox label="Primary contact" {...form.getInputProps('isPrimary', { type: 'checkbox' })} />
        <FormActions error={formError} onCancel={onDone} submit={contact ? 'Save contact' : 'Add contact'} loading={addState.loading || updateState.loading} />
      </Stack>
    </form>
  );
}
