'use client';

import { useState } from 'react';
import { Badge, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { getFragmentData, type FragmentType } from '@/gql';
import type { NoteFieldsFragment as Note } from '@/gql/graphql';
import { Can } from '@/auth/Can';
import { longText } from '@/components/textStyles';
import { formatDateTime, humanize } from '@/lib/format';
import { NoteFragment, NotesWidgetFragment } from './fragment';
import { AddNoteForm } from './AddNoteForm';
import { EditNoteForm } from './EditNoteForm';
import { NoteMenu } from './NoteMenu';

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
  const [editing, setEditing] = useState(false);
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="note" bg={note.popup ? 'red.0' : undefined}>
      <Group justify="space-between" mb={4} wrap="nowrap" align="flex-start">
        <Group gap="xs">
          <Text size="sm" fw={600}>{note.authorName}</Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(note.createdAt)}
            {note.editedAt && <span title={`Edited ${formatDateTime(note.editedAt)}`}> · edited</span>}
          </Text>
          <Badge size="xs" variant="outline" color="gray">{humanize(note.category)}</Badge>
          {note.popup && <Badge size="xs" color="red" variant="light">Pop-up</Badge>}
        </Group>
        <NoteMenu note={note} onEdit={() => setEditing(true)} />
      </Group>
      {editing ? (
        <EditNoteForm note={note} onDone={() => setEditing(false)} />
      ) : (
        <Text size="sm" style={longText} data-testid="note-body">{note.body}</Text>
      )}
    </Paper>
  );
}
