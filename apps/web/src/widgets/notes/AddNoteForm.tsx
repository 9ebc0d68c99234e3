'use client';

import { Button, Checkbox, Group, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { NoteCategory } from '@/gql/graphql';
import { FormError } from '@/components/FormError';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { AddNoteMutation } from './mutations';

const CATEGORIES: { value: NoteCategory; label: string }[] = [
  { value: 'ACCOUNT', label: 'Account' },
  { value: 'BILLING', label: 'Billing' },
  { value: 'OTHER', label: 'Other' },
];

/** Adds an internal note; "show as pop-up" makes it a red alert whenever the profile opens. */
export function AddNoteForm({ customerId }: { customerId: string }) {
  const [addNote, { loading }] = useProfileMutation(AddNoteMutation);
  const form = useForm({
    initialValues: { body: '', category: 'ACCOUNT' as NoteCategory, popup: false },
    validate: { body: (v) => (v.trim() ? null : 'Write the note first') },
  });

  const { onSubmit, formError } = useFormSubmit(form, ['body', 'category', 'popup'], async (values) => {
    await addNote({ variables: { input: { customerId, body: values.body.trim(), category: values.category, popup: values.popup } } });
    form.reset();
    notifications.show({ color: 'teal', message: values.popup ? 'Note added and flagged as pop-up' : 'Note added' });
  });

  return (
    <form onSubmit={onSubmit} aria-label="Add a note">
      <Stack gap="xs">
        <Textarea label="New note" placeholder="Internal note, never shown to the customer" autosize minRows={2} maxRows={8} {...form.getInputProps('body')} />
        <Group justify="space-between" align="flex-end">
          <Group gap="md" align="flex-end">
            <Select label="Category" data={CATEGORIES} allowDeselect={false} w={140} {...form.getInputProps('category')} />
            <Checkbox label="Show as pop-up" mb={8} {...form.getInputProps('popup', { type: 'checkbox' })} />
          </Group>
          <Button type="submit" loading={loading}>Add note</Button>
        </Group>
        <FormError error={formError} />
      </Stack>
    </form>
  );
}
