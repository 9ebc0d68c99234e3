'use client';

import { Badge, Button, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { IconBellOff, IconBellRinging } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { getFragmentData, type FragmentType } from '@/gql';
import type { NoteFieldsFragment as Note } from '@/gql/graphql';
import { Can } from '@/auth/Can';
import { describeError } from '@/lib/graphqlErrors';
import { formatDateTime, humanize } from '@/lib/format';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { NoteFragment, NotesWidgetFragment } from './fragment';
import { SetNotePopupMutation } from './mutations';
import { AddNoteForm } from './AddNoteForm';

/** Customer notes (seed 000 §3.14): internal, with author, time, category and a pop-up flag. */
export function NotesWidget({ customer }: { customer: FragmentType<typeof NotesWidgetFragment> }) {
  const c = getFragmentData(NotesWidgetFragment, customer);
  const notes = getFragmentData(NoteFragment, c.notes) ?? [];
  return (
    <Stack gap="md">
      <Can permission="notes:write">
        <AddNoteForm customerId={c.id} />
        <Divider />
      </Can>
      {notes.length === 0 && <Text c="dimmed" size="sm">No notes yet.</Text>}
      {notes.map((note) => <NoteItem key={note.id} note={note} />)}
    </Stack>
  );
}

function NoteItem({ note }: { note: Note }) {
  const [setPopup, { loading }] = useProfileMutation(SetNotePopupMutation);
  const toggle = async () => {
    try {
      await setPopup({ variables: { id: note.id, popup: !note.popup } });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Pop-up flag not changed', message: describeError(error) });
    }
  };
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="note" bg={note.popup ? 'red.0' : undefined}>
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Group gap="xs">
          <Text size="sm" fw={600}>{note.authorName}</Text>
          <Text size="xs" c="dimmed">{formatDateTime(note.createdAt)}</Text>
          <Badge size="xs" variant="outline" color="gray">{humanize(note.category)}</Badge>
          {note.popup && <Badge size="xs" color="red">Pop-up</Badge>}
        </Group>
        <Can permission="notes:write">
          <Button
            size="compact-xs"
            variant="subtle"
            color={note.popup ? 'gray' : 'red'}
            loading={loading}
            leftSection={note.popup ? <IconBellOff size={14} /> : <IconBellRinging size={14} />}
            onClick={toggle}
          >
            {note.popup ? 'Remove pop-up' : 'Flag as pop-up'}
          </Button>
        </Can>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{note.body}</Text>
    </Paper>
  );
}
