'use client';

import { useState } from 'react';
import { Alert, Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertOctagon } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '@/gql';
import { longText } from '@/components/textStyles';
import { countOf, formatDateTime } from '@/lib/format';
import { describeError } from '@/lib/graphqlErrors';
import { DismissPopupNoteMutation } from '@/widgets/notes/mutations';
import { ProfilePopupNotesFragment } from './documents';
import { useProfileMutation } from './useProfileMutation';

/**
 * Notes flagged as pop-up (seed 000 §3.14), in one compact alert above the widgets. Each
 * agent dismisses a note once they have read it; the API remembers that per person, so it
 * stops alerting them (and only them) on every later visit.
 */
export function PopupNotes({ customer }: { customer: FragmentType<typeof ProfilePopupNotesFragment> }) {
  const popupNotes = getFragmentData(ProfilePopupNotesFragment, customer).popupNotes ?? [];
  const [open, setOpen] = useState(true);
  const [dismiss, { loading }] = useProfileMutation(DismissPopupNoteMutation);
  if (popupNotes.length === 0) return null;

  const dismissNote = async (noteId: string) => {
    try {
      await dismiss({ variables: { noteId } });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Pop-up not dismissed', message: describeError(error) });
    }
  };
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertOctagon size={20} />}
      role="region"
      aria-label="Pop-up notes"
      data-testid="popup-notes"
      styles={{ body: { minWidth: 0 } }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={700} c="red.9">Read before you help this customer: {countOf(popupNotes.length, 'pop-up note')}</Text>
        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? 'Hide' : 'Show'}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <Stack gap={6} mt={6}>
          {popupNotes.map((n) => (
            <div key={n.id} data-testid="popup-note">
              <Text size="sm" style={longText}>{n.body}</Text>
              <Group gap="xs">
                <Text size="xs" c="dimmed">{n.authorName} · {formatDateTime(n.createdAt)}</Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray"
                  loading={loading}
                  title="Stop showing this pop-up to me"
                  onClick={() => dismissNote(n.id)}
                >
                  Dismiss
                </Button>
              </Group>
            </div>
          ))}
        </Stack>
      </Collapse>
    </Alert>
  );
}
