'use client';

import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertOctagon } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { ProfilePopupNotesFragment } from './fragments';

/**
 * Notes flagged as pop-up (seed 000 §3.14): a red pop-up when the profile opens, and a red
 * alert for each one that stays above the widgets while the profile is open.
 */
export function PopupNotes({ customer }: { customer: FragmentType<typeof ProfilePopupNotesFragment> }) {
  const popupNotes = getFragmentData(ProfilePopupNotesFragment, customer).popupNotes ?? [];
  // Pops up once per page load; notes flagged later show as alerts only.
  const [opened, setOpened] = useState(popupNotes.length > 0);
  if (popupNotes.length === 0) return null;
  const alerts = popupNotes.map((n) => (
    <Alert key={n.id} color="red" variant="filled" icon={<IconAlertOctagon size={20} />} data-testid="popup-note">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{n.body}</Text>
      <Text size="xs" opacity={0.85} mt={4}>{n.authorName} · {formatDateTime(n.createdAt)}</Text>
    </Alert>
  ));
  return (
    <>
      <Stack gap="xs" role="region" aria-label="Pop-up notes">{alerts}</Stack>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={<Text fw={700} c="red.8">Read before you help this customer</Text>}
        size="lg"
        centered
      >
        <Stack gap="xs" data-testid="popup-dialog">
          {alerts}
          <Group justify="flex-end" mt="sm">
            <Button color="red" onClick={() => setOpened(false)} data-autofocus>I have read this</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
