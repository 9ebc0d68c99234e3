'use client';

import { useState } from 'react';
import { ActionIcon, Button, Group, Menu, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBellOff, IconBellRinging, IconDots, IconEdit, IconTrash } from '@tabler/icons-react';
import { NOTE_EDIT_WINDOW_MINUTES } from '@sightline/access';
import type { NoteFieldsFragment as Note } from '@/gql/graphql';
import { useMe } from '@/auth/MeContext';
import { describeError } from '@/lib/graphqlErrors';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { RemoveNoteMutation, SetNotePopupMutation } from './mutations';

/** The author may correct a note for a while after writing it (the API has the last word). */
export const isEditable = (note: Pick<Note, 'writtenByMe' | 'createdAt'>, now = Date.now()) =>
  note.writtenByMe && now - Date.parse(note.createdAt) < NOTE_EDIT_WINDOW_MINUTES * 60_000;

/**
 * A note's actions, quietly behind a "…" button: pop-up on/off, edit, delete. Each appears
 * only to those who may use it: anyone writing notes may flag one; stopping someone else's
 * pop-up and deleting need notes:moderate; editing is the author's, for a while.
 */
export function NoteMenu({ note, onEdit }: { note: Note; onEdit: () => void }) {
  const { can } = useMe();
  const [setPopup] = useProfileMutation(SetNotePopupMutation);
  const [removeNote, removing] = useProfileMutation(RemoveNoteMutation);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const canFlag = can('notes:write') && !note.popup;
  const canUnflag = can('notes:write') && note.popup && (note.writtenByMe || can('notes:moderate'));
  const canEdit = can('notes:write') && isEditable(note);
  const canDelete = can('notes:moderate');
  if (!canFlag && !canUnflag && !canEdit && !canDelete) return null;

  const run = async (what: string, action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (error) {
      notifications.show({ color: 'red', title: what, message: describeError(error) });
    }
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label="Note actions">
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {canEdit && <Menu.Item leftSection={<IconEdit size={14} />} onClick={onEdit}>Edit</Menu.Item>}
          {canFlag && (
            <Menu.Item leftSection={<IconBellRinging size={14} />} onClick={() => run('Pop-up flag not changed', () => setPopup({ variables: { id: note.id, popup: true } }))}>
              Show as pop-up
            </Menu.Item>
          )}
          {canUnflag && (
            <Menu.Item leftSection={<IconBellOff size={14} />} onClick={() => run('Pop-up flag not changed', () => setPopup({ variables: { id: note.id, popup: false } }))}>
              Stop showing as pop-up
            </Menu.Item>
          )}
          {canDelete && (
            <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setConfirmDelete(true)}>
              Delete…
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title="Delete this note?" size="sm">
        <Text size="sm">It disappears from the profile; the audit trail keeps its text and who deleted it.</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirmDelete(false)}>Cancel</Button>
          <Button
            color="red"
            loading={removing.loading}
            onClick={() => run('Note not deleted', () => removeNote({ variables: { id: note.id } })).then(() => setConfirmDelete(false))}
          >
            Delete note
          </Button>
        </Group>
      </Modal>
    </>
  );
}
