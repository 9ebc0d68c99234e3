'use client';

import type { ReactNode } from 'react';
import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconEyeOff } from '@tabler/icons-react';

/**
 * A secret the API hands out once (an API token, an invite or reset link): shown with a copy
 * button and a plain warning. Closing it is the last chance to copy it.
 */
export function SecretOnce({ label, secret, children, onDone }: {
  label: string;
  secret: string;
  /** What to do with it (who to send it to, until when it works). */
  children?: ReactNode;
  onDone: () => void;
}) {
  return (
    <Stack gap="sm">
      <Alert color="yellow" icon={<IconEyeOff size={18} />} title="Copy it now: you won't see this again">
        Only a hash is stored, so nobody can show it to you later. If it is lost, make a new one.
      </Alert>
      {children && <Text size="sm">{children}</Text>}
      <Text size="sm" fw={500}>{label}</Text>
      <Code block data-testid="secret" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>{secret}</Code>
      <Group justify="space-between">
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button variant="light" color={copied ? 'teal' : 'indigo'} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
              {copied ? 'Copied' : `Copy ${label.toLowerCase()}`}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
