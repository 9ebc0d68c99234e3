'use client';

import { useState } from 'react';
import { Badge, Button, Group, Menu, Modal, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '@/gql';
import type { DataAccountsWidget_CustomerFragment } from '@/gql/graphql';
import { SecretOnce } from '@/admin/SecretOnce';
import { Can } from '@/auth/Can';
import { NO_TRUNCATE } from '@/components/StatusBadge';
import { describeError } from '@/lib/graphqlErrors';
import { formatDate, formatMoney } from '@/lib/format';
import { WidgetActions } from '@/profile/WidgetActions';
import { useProfileMutation } from '@/profile/useProfileMutation';
import {
  CancelAllDataAccountsMutation,
  CancelDataAccountMutation,
  RegenerateDataAccountPasswordMutation,
  SuspendAllDataAccountsMutation,
  SuspendDataAccountMutation,
  UnsuspendDataAccountMutation,
} from './documents';
import { DataAccountsWidgetFragment } from './fragment';
import { ACCOUNT_STATUS_STYLE, formatCap, formatSpeeds } from './format';
import { AddDataAccountForm, ChangePackageForm, EditDataAccountForm, ReasonForm, SetPasswordForm } from './forms';

type Account = NonNullable<DataAccountsWidget_CustomerFragment['dataAccounts']>[number];

/** What the modal shows: one form at a time, or a password shown once. */
type Dialog =
  | { kind: 'add' }
  | { kind: 'package' | 'edit' | 'password' | 'regenerate' | 'suspend' | 'unsuspend' | 'cancel'; account: Account }
  | { kind: 'suspendAll' | 'cancelAll' }
  | { kind: 'secret'; username: string; password: string };

const TITLES: Record<Dialog['kind'], string> = {
  add: 'Add data account',
  package: 'Change package now',
  edit: 'Edit data account',
  password: 'Set password',
  regenerate: 'Regenerate password',
  suspend: 'Suspend data account',
  unsuspend: 'Unsuspend data account',
  cancel: 'Cancel data account',
  suspendAll: 'Suspend all data accounts',
  cancelAll: 'Cancel all data accounts',
  secret: 'New password',
};

function AccountStatus({ account }: { account: Account }) {
  const style = ACCOUNT_STATUS_STYLE[account.status] ?? { color: 'gray', label: account.status };
  const badge = <Badge color={style.color} variant="light" size="sm" styles={NO_TRUNCATE} data-status={account.status}>{style.label}</Badge>;
  if (!account.statusReason || account.status === 'ACTIVE') return badge;
  return (
    <Stack gap={2}>
      {badge}
      <Text size="xs" c="dimmed" maw={200}>{account.statusReason}</Text>
    </Stack>
  );
}

/** The row's actions for holders of dataAccounts:write; a cancelled account has none. */
function RowActions({ account, open }: { account: Account; open: (d: Dialog) => void }) {
  if (account.status === 'CANCELLED') return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="compact-xs" variant="subtle" rightSection={<IconChevronDown size={12} />} aria-label={`Actions for ${account.username}`}>
          Actions
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => open({ kind: 'package', account })}>Change package now</Menu.Item>
        <Menu.Item onClick={() => open({ kind: 'edit', account })}>Edit details</Menu.Item>
        {account.status === 'ACTIVE' ? (
          <Menu.Item onClick={() => open({ kind: 'suspend', account })}>Suspend</Menu.Item>
        ) : (
          <Menu.Item onClick={() => open({ kind: 'unsuspend', account })}>Unsuspend</Menu.Item>
        )}
        <Menu.Item onClick={() => open({ kind: 'regenerate', account })}>Regenerate password</Menu.Item>
        <Menu.Item onClick={() => open({ kind: 'password', account })}>Set password</Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => open({ kind: 'cancel', account })}>Cancel (expire)</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Data accounts (seed 000 §3.2): RADIUS logins, their packages and state, with every action. */
export function DataAccountsWidget({ customer }: { customer: FragmentType<typeof DataAccountsWidgetFragment> }) {
  const c = getFragmentData(DataAccountsWidgetFragment, customer);
  const accounts = c.dataAccounts ?? [];
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const [suspend] = useProfileMutation(SuspendDataAccountMutation);
  const [unsuspend] = useProfileMutation(UnsuspendDataAccountMutation);
  const [cancel] = useProfileMutation(CancelDataAccountMutation);
  const [suspendAll] = useProfileMutation(SuspendAllDataAccountsMutation);
  const [cancelAll] = useProfileMutation(CancelAllDataAccountsMutation);
  const [regenerate, regenerating] = useProfileMutation(RegenerateDataAccountPasswordMutation);

  const onRegenerate = async (account: Account) => {
    try {
      const { data } = await regenerate({ variables: { id: account.id } });
      const made = data!.regenerateDataAccountPassword;
      setDialog({ kind: 'secret', username: made.account.username, password: made.password! });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Password not changed', message: describeError(error) });
    }
  };
  const live = accounts.filter((a) => a.status !== 'CANCELLED');

  return (
    <Stack gap="sm">
      <Can permission="dataAccounts:write">
        <WidgetActions>
          <Group gap="xs">
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setDialog({ kind: 'add' })}>
              Add data account
            </Button>
            {live.length > 1 && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button size="xs" variant="subtle" rightSection={<IconChevronDown size={12} />}>All accounts</Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => setDialog({ kind: 'suspendAll' })}>Suspend all</Menu.Item>
                  <Menu.Item color="red" onClick={() => setDialog({ kind: 'cancelAll' })}>Cancel all</Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </WidgetActions>
      </Can>
      {accounts.length === 0 ? (
        <Text c="dimmed" size="sm">No data accounts.</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Username</Table.Th>
                <Table.Th>Package</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Dates</Table.Th>
                <Table.Th ta="right">Monthly</Table.Th>
                <Can permission="dataAccounts:write"><Table.Th aria-label="Actions" /></Can>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.map((a) => (
                <Table.Tr key={a.id} data-testid="data-account">
                  <Table.Td>
                    <Text size="sm" fw={500} ff="monospace">{a.username}</Text>
                    {a.staticIp && <Text size="xs" c="dimmed">Static IP {a.staticIp}</Text>}
                    {a.installationAddress && <Text size="xs" c="dimmed">At {a.installationAddress.label}: {a.installationAddress.summary}</Text>}
                    {a.notes && <Text size="xs" c="dimmed">{a.notes}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{a.package.name}</Text>
                    <Text size="xs" c="dimmed">{formatSpeeds(a.package)} · {formatCap(a.package.dataCapBytes)}</Text>
                  </Table.Td>
                  <Table.Td><AccountStatus account={a} /></Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{formatDate(a.startDate)}</Text>
                    {a.endDate && <Text size="xs" c="dimmed">until {formatDate(a.endDate)}</Text>}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {a.customPriceCents !== null && a.customPriceCents !== undefined ? (
                      <Tooltip label="Custom price (not the package's)"><Text size="sm" td="underline dotted">{formatMoney(a.monthlyPrice)}</Text></Tooltip>
                    ) : (
                      <Text size="sm">{formatMoney(a.monthlyPrice)}</Text>
                    )}
                  </Table.Td>
                  <Can permission="dataAccounts:write">
                    <Table.Td ta="right"><RowActions account={a} open={setDialog} /></Table.Td>
                  </Can>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={dialog !== null} onClose={close} title={dialog ? TITLES[dialog.kind] : ''} size={dialog?.kind === 'add' ? 'lg' : 'md'}>
        {dialog?.kind === 'add' && (
          <AddDataAccountForm customerId={c.id} onDone={close} onPassword={(username, password) => setDialog({ kind: 'secret', username, password })} />
        )}
        {dialog?.kind === 'package' && <ChangePackageForm customerId={c.id} account={dialog.account} onDone={close} />}
        {dialog?.kind === 'edit' && <EditDataAccountForm customerId={c.id} account={dialog.account} onDone={close} />}
        {dialog?.kind === 'password' && <SetPasswordForm account={dialog.account} onDone={close} />}
        {dialog?.kind === 'suspend' && (
          <ReasonForm intro={`${dialog.account.username} will be refused by RADIUS until unsuspended.`} submit="Suspend" color="orange" onDone={close}
            run={(reason) => suspend({ variables: { id: dialog.account.id, reason } })} />
        )}
        {dialog?.kind === 'unsuspend' && (
          <ReasonForm intro={`${dialog.account.username} may sign in again at ${dialog.account.package.name} speeds.`} submit="Unsuspend" onDone={close}
            run={(reason) => unsuspend({ variables: { id: dialog.account.id, reason } })} />
        )}
        {dialog?.kind === 'cancel' && (
          <ReasonForm intro={`Cancelling ${dialog.account.username} is final: RADIUS refuses it and its scheduled package change is cancelled. The username stays taken.`}
            submit="Cancel account" color="red" withEndDate onDone={close}
            run={(reason, endDate) => cancel({ variables: { id: dialog.account.id, reason, endDate } })} />
        )}
        {dialog?.kind === 'suspendAll' && (
          <ReasonForm intro={`Suspends every active data account of this customer (${live.filter((a) => a.status === 'ACTIVE').length}).`} submit="Suspend all" color="orange" onDone={close}
            run={(reason) => suspendAll({ variables: { customerId: c.id, reason } })} />
        )}
        {dialog?.kind === 'cancelAll' && (
          <ReasonForm intro={`Cancels all ${live.length} data accounts of this customer that are not cancelled yet. This is final.`} submit="Cancel all" color="red" onDone={close}
            run={(reason) => cancelAll({ variables: { customerId: c.id, reason } })} />
        )}
        {dialog?.kind === 'regenerate' && (
          <Stack gap="sm">
            <Text size="sm">
              A new random password replaces the current one at once: the customer&apos;s router will be refused until it has the new one.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>Cancel</Button>
              <Button color="orange" loading={regenerating.loading} onClick={() => onRegenerate(dialog.account)}>Regenerate password</Button>
            </Group>
          </Stack>
        )}
        {dialog?.kind === 'secret' && (
          <SecretOnce label="Password" secret={dialog.password} onDone={close}>
            The RADIUS password of {dialog.username}. Give it to the customer or put it in their router.
          </SecretOnce>
        )}
      </Modal>
    </Stack>
  );
}
