'use client';

import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LIMITS, NOTE_EDIT_WINDOW_MINUTES } from '@sightline/access';
import type { NoteCategory, NoteFieldsFragment as Note } from '@/gql/graphql';
import { FormError } from '@/components/FormError';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { required } from '@/lib/validation';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { NOTE_CATEGORIES } from './AddNoteForm';
import { EditNoteMutation } from './mutations';

/** The author corrects a note in place (within NOTE_EDIT_WINDOW_MINUTES; the audit keeps the old text). */
export function EditNoteForm({ note, onDone }: { note: Note; onDone: () => void }) {
  const [editNote, { loading }] = useProfileMutation(EditNoteMutation);
  const form = useForm({
    initialValues: { body: note.body, category: note.category as NoteCategory },
    validate: { body: required('The note cannot be empty') },
  });
  const { onSubmit, formError, formRef } = useFormSubmit(form, ['body', 'category'], async (v) => {
    await editNote({ variables: { input: { id: note.id, body: v.body.trim(), category: v.category } } });
    onDone();
  });
  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate aria-label="Edit the note">
      <Stack gap="xs">
        <Textarea
          label="Note"
          description={`You can correct your note for ${NOTE_EDIT_WINDOW_MINUTES} minutes after writing it`}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={LIMITS.note.body}
          data-autofocus
          {...form.getInputProps('body')}
        />
        <Group justify="space-between" align="flex-end">
          <Select label="Category" data={NOTE_CATEGORIES} allowDeselect={false} w={140} {...form.getInputProps('category')} />
          <Group gap="xs">
            <Button variant="default" onClick={onDone}>Cancel</Button>
            <Button type="submit" loading={loading}>Save note</Button>
          </Group>
        </Group>
        <FormError error={formError} />
      </Stack>
    </form>
  );
}
