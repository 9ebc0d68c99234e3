'use client';

import { useState } from 'react';
import { Alert, Badge, Button, Group, Loader, Paper, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlus, IconSearch, IconUserCog } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { StaffUsersQuery as StaffUsersResult } from '@/gql/graphql';
import { useMe } from '@/auth/MeContext';
import { ConfirmButton } from '@/components/ConfirmButton';
import { RecordModal, useRecordModal } from '@/components/RecordModal';
import { RecordsTable } from '@/components/RecordsTable';
import { NO_TRUNCATE } from '@/components/StatusBadge';
import { describeError } from '@/lib/graphqlErrors';
import { formatDateTime, humanize } from '@/lib/format';
import { DeactivateUserMutation, ReactivateUserMutation, StaffUsersQuery } from './documents';
import { ChangeRoleForm, CreateUserForm, ResetPasswordForm } from './UserForms';

type User = StaffUsersResult['staffUsers'][number];

function UserStatus({ user }: { user: User }) {
  const [color, label] = !user.active ? ['gray', 'Deactivated'] : !user.passwordSet ? ['yellow', 'Awaiting password'] : ['teal', 'Active'];
  return <Badge color={color} variant="light" styles={NO_TRUNCATE}>{label}</Badge>;
}

/** Deactivate (asks first: they are signed out at once) or reactivate a user. */
function ActiveToggle({ user }: { user: User }) {
  const { me } = useMe();
  const [deactivate, deactivating] = useMutation(DeactivateUserMutation);
  const [reactivate, reactivating] = useMutation(ReactivateUserMutation);
  const run = async (action: () => Promise<unknown>, failed: string) => {
    try {
      await action();
    } catch (error) {
      notifications.show({ color: 'red', title: failed, message: describeError(error) });
    }
  };
  if (user.id === me.id) return null; // nobody locks themselves out
  if (!user.active) {
    return (
      <Button size="compact-xs" variant="subtle" loading={reactivating.loading} onClick={() => run(() => reactivate({ variables: { id: user.id } }), 'Not reactivated')}>
        Reactivate
      </Button>
    );
  }
  return (
    <ConfirmButton
      label="Deactivate"
      question={`Deactivate ${user.name}? They are signed out at once and can no longer sign in.`}
      loading={deactivating.loading}
      onConfirm={() => run(() => deactivate({ variables: { id: user.id } }), 'Not deactivated')}
    />
  );
}

/** Staff and reseller users: who they are, their role and reseller, whether they can sign in. */
export function UsersScreen() {
  const { data, loading, error } = useQuery(StaffUsersQuery);
  const [filter, setFilter] = useState('');
  const create = useRecordModal<never>();
  const changeRole = useRecordModal<User>();
  const resetPassword = useRecordModal<User>();
  const needle = filter.trim().toLowerCase();
  const users = (data?.staffUsers ?? []).filter((u) => !needle || `${u.name} ${u.email}`.toLowerCase().includes(needle));

  return (
    <>
      <Group justify="space-between" mb="md" align="flex-end">
        <TextInput
          label="Find a user"
          placeholder="Name or email"
          leftSection={<IconSearch size={16} />}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          w={320}
        />
        <Button leftSection={<IconPlus size={16} />} onClick={create.add}>Add user</Button>
      </Group>
      {error && <Alert color="red" mb="md" title="Could not load users">{describeError(error)}</Alert>}
      <Paper withBorder radius="md" p="sm">
        {loading && !data ? (
          <Loader size="sm" aria-label="Loading users" />
        ) : (
          <RecordsTable
            records={users}
            empty={needle ? 'No user matches.' : 'No users yet.'}
            columns={['Name', 'Role', 'Reseller', 'Status', 'Last sign-in']}
            rowTestId="user-row"
            permission="admin:roles"
            cells={(u) => (
              <>
                <Table.Td>
                  <Text size="sm" fw={500}>{u.name}</Text>
                  <Text size="xs" c="dimmed">{u.email}</Text>
                </Table.Td>
                <Table.Td>{humanize(u.role)}</Table.Td>
                <Table.Td>{u.reseller?.name ?? '—'}</Table.Td>
                <Table.Td><UserStatus user={u} /></Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : 'Never'}</Table.Td>
              </>
            )}
            actions={(u) => (
              <>
                <Button size="compact-xs" variant="subtle" leftSection={<IconUserCog size={14} />} onClick={() => changeRole.edit(u)}>
                  Change role
                </Button>
                <Button size="compact-xs" variant="subtle" color="orange" leftSection={<IconKey size={14} />} disabled={!u.active} onClick={() => resetPassword.edit(u)}>
                  Reset password
                </Button>
                <ActiveToggle user={u} />
              </>
            )}
          />
        )}
      </Paper>
      <RecordModal modal={create} title={() => 'Add user'}>
        {(_, done) => <CreateUserForm onDone={done} />}
      </RecordModal>
      <RecordModal modal={changeRole} title={(u) => `Change the role of ${u?.name}`}>
        {(u, done) => u && <ChangeRoleForm user={u} onDone={done} />}
      </RecordModal>
      <RecordModal modal={resetPassword} title={(u) => `Reset the password of ${u?.name}`}>
        {(u, done) => u && <ResetPasswordForm user={u} onDone={done} />}
      </RecordModal>
    </>
  );
}
