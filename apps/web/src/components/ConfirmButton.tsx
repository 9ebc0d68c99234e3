'use client';

import { useState, type ReactNode } from 'react';
import { Button, Group, Popover, Text } from '@mantine/core';

/** A destructive action that asks once more before it runs (keyboard-usable: focus moves to the popover). */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, loading, icon }: {
  label: string;
  question: string;
  confirmLabel?: string;
  onConfirm: () => Promise<void> | void;
  loading?: boolean;
  icon?: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} trapFocus withArrow position="bottom-end" shadow="md">
      <Popover.Target>
        <Button size="compact-xs" variant="subtle" color="red" leftSection={icon} onClick={() => setOpened((o) => !o)}>
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" mb="xs">{question}</Text>
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="default" onClick={() => setOpened(false)}>Cancel</Button>
          <Button
            size="xs"
            color="red"
            loading={loading}
            onClick={async () => {
              await onConfirm();
              setOpened(false);
            }}
          >
            {confirmLabel ?? `Yes, ${label.toLowerCase()}`}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
