'use client';

import { Alert, Box, Button, Group, Loader, Paper, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { RecordModal, useRecordModal } from '@/components/RecordModal';
import { describeError } from '@/lib/graphqlErrors';
import { CreateRoleForm } from './CreateRoleForm';
import { RolesQuery } from './documents';
import { PermissionMatrix } from './PermissionMatrix';

/** Roles and what each may see and do, as one grid. */
export function RolesScreen() {
  const { data, loading, error } = useQuery(RolesQuery);
  const create = useRecordModal<never>();
  return (
    <>
      <Group justify="space-between" mb="md" align="flex-end">
        <Text size="sm" c="dimmed" maw={760}>
          Tick a box to grant a permission to a role, untick to revoke it; R is read, W is write. Changes apply to
          everyone with the role from their next request. <Box component="span" px={4} bg="yellow.1">Tinted</Box> boxes
          differ from the shipped default.
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={create.add}>New role</Button>
      </Group>
      {error && <Alert color="red" mb="md" title="Could not load roles">{describeError(error)}</Alert>}
      <Paper withBorder radius="md" p="xs">
        {loading && !data ? <Loader size="sm" aria-label="Loading roles" /> : <PermissionMatrix roles={data?.roles ?? []} />}
      </Paper>
      <RecordModal modal={create} title={() => 'New role'}>
        {(_, done) => <CreateRoleForm roles={data?.roles ?? []} onDone={done} />}
      </RecordModal>
    </>
  );
}
