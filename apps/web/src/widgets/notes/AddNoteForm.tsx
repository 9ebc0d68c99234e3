'use client';

import { Button, Checkbox, Group, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { LIMITS } from '@sightline/access';
import type { NoteCategory } from '@/gql/graphql';
import { FormError } from '@/components/FormError';
import { useDraft } from '@/lib/useDraft';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { required } from '@/lib/validation';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { AddNoteMutation } from './mutations';

export const NOTE_CATEGORIES: { value: NoteCategory; label: string }[] = [
  { value: 'ACCOUNT', label: 'Account' },
  { value: 'BILLING', label: 'Billing' },
  { value: 'OTHER', label: 'Other' },
];

type Values = { body: string; category: NoteCategory; popup: boolean };
const EMPTY: Values = { body: '', category: 'ACCOUNT', popup: false };

/**
 * Adds an internal note; "show as pop-up" alerts whoever opens the profile. What is typed is
 * kept as a draft until it is saved, so an expired session does not lose it.
 */
export function AddNoteForm({ customerId }: { customerId: string }) {
  const [addNote, { loading }] = useProfileMutation(AddNoteMutation);
  const draft = useDraft<Values>(customerId, 'add-note', (v) => !v.body.trim());
  const form = useForm<Values>({
    initialValues: { ...EMPTY, ...draft.restored },
    validate: { body: required('Write the note first') },
    onValuesChange: (values) => draft.save(values),
  });

  const { onSubmit, formError, formRef } = useFormSubmit(form, ['body', 'category', 'popup'], async (values) => {
    await addNote({ variables: { input: { customerId, body: values.body.trim(), category: values.category, popup: values.popup } } });
    form.setInitialValues(EMPTY);
    form.reset();
    draft.clear();
    notifications.show({ color: 'teal', message: values.popup ? 'Note added and flagged as pop-up' : 'Note added' });
  });

  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate aria-label="Add a note">
      <Stack gap="xs">
        <Textarea
          label="New note"
          placeholder="Internal note, never shown to the customer"
          autosize
          minRows={2}
          maxRows={8}
          maxLength={LIMITS.note.body}
          {...form.getInputProps('body')}
        />
        <Group justify="space-between" align="flex-end">
          <Group gap="md" align="flex-end">
            <Select label="Category" data={NOTE_CATEGORIES} allowDeselect={false} w={140} {...form.getInputProps('category')} />
            <Checkbox label="Show as pop-up" mb={8} {...form.getInputProps('popup', { type: 'checkbox' })} />
          </Group>
          <Button type="submit" loading={loading}>Add note</Button>
        </Group>
        <FormError error={formError} />
      </Stack>
    </form>
  );
}
