'use client';

import { useState } from 'react';
import { Badge, Button, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@apollo/client/react';
import { IconArrowRight, IconCalendarPlus, IconX } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '@/gql';
import type { PackageChangesWidget_CustomerFragment } from '@/gql/graphql';
import { Can } from '@/auth/Can';
import { useMe } from '@/auth/MeContext';
import { ConfirmButton } from '@/components/ConfirmButton';
import { FormActions } from '@/components/FormActions';
import { NO_TRUNCATE } from '@/components/StatusBadge';
import { describeError } from '@/lib/graphqlErrors';
import { formatDate, formatDateTime } from '@/lib/format';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { required } from '@/lib/validation';
import { WidgetActions } from '@/profile/WidgetActions';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { OfferedPackagesQuery } from '../dataAccounts/documents';
import { todayIso } from '../dataAccounts/format';
import { CancelPackageChangeMutation, ChangeableAccountsQuery, SchedulePackageChangeMutation } from './documents';
import { PackageChangesWidgetFragment } from './fragment';

type Change = NonNullable<PackageChangesWidget_CustomerFragment['packageChanges']>[number];

const STATE_STYLE: Record<string, { color: string; label: string }> = {
  SCHEDULED: { color: 'blue', label: 'Scheduled' },
  APPLIED: { color: 'teal', label: 'Applied' },
  CANCELLED: { color: 'gray', label: 'Cancelled' },
  FAILED: { color: 'red', label: 'Failed' },
};

/** Picks an account (not cancelled), a package other than its own, and a date from today. */
function ScheduleForm({ customerId, onDone }: { customerId: string; onDone: () => void }) {
  const { can } = useMe();
  const accounts = useQuery(ChangeableAccountsQuery, { variables: { id: customerId }, skip: !can('dataAccounts:read') });
  const packages = useQuery(OfferedPackagesQuery, { variables: { customerId } });
  const [schedule, { loading }] = useProfileMutation(SchedulePackageChangeMutation);
  const form = useForm({
    initialValues: { dataAccountId: '', toPackageId: '', effectiveDate: '' },
    validate: {
      dataAccountId: required('Choose a data account'),
      toPackageId: required('Choose a package'),
      effectiveDate: (v: string) => (!v ? 'Choose the date it takes effect' : v < todayIso() ? 'Effective date cannot be in the past' : null),
    },
  });
  const open = (accounts.data?.customer?.dataAccounts ?? []).filter((a) => a.status !== 'CANCELLED');
  const current = open.find((a) => a.id === form.values.dataAccountId)?.package.id;
  const { onSubmit, formError, formRef } = useFormSubmit(form, ['dataAccountId', 'toPackageId', 'effectiveDate'], async (v) => {
    await schedule({ variables: { input: v } });
    onDone();
  });
  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <Select label="Data account" withAsterisk data-autofocus data={open.map((a) => ({ value: a.id, label: `${a.username} (${a.package.name})` }))}
          placeholder={accounts.loading ? 'Loading accounts…' : 'Choose a data account'} {...form.getInputProps('dataAccountId')} />
        <Select label="New package" withAsterisk searchable data={(packages.data?.offeredDataPackages ?? []).filter((p) => p.id !== current).map((p) => ({ value: p.id, label: p.name }))}
          placeholder={packages.loading ? 'Loading packages…' : 'Choose a package'} {...form.getInputProps('toPackageId')} />
        <TextInput label="Effective date" type="date" withAsterisk min={todayIso()} description="Applied by the scheduler on that day (UTC)" {...form.getInputProps('effectiveDate')} />
        <FormActions error={formError} fieldErrors={form.errors} onCancel={onDone} submit="Schedule change" loading={loading} />
      </Stack>
    </form>
  );
}

function CancelChange({ change }: { change: Change }) {
  const [cancel, { loading }] = useProfileMutation(CancelPackageChangeMutation);
  return (
    <ConfirmButton
      label="Cancel"
      confirmLabel="Yes, cancel the change"
      icon={<IconX size={14} />}
      question={`Cancel the change of ${change.username} to ${change.toPackage.name} on ${formatDate(change.effectiveDate)}?`}
      loading={loading}
      onConfirm={async () => {
        try {
          await cancel({ variables: { id: change.id } });
        } catch (error) {
          notifications.show({ color: 'red', title: 'Change not cancelled', message: describeError(error) });
        }
      }}
    />
  );
}

/** Package changes (seed 000 §3.7): scheduled ones first, then the history, with who asked and when. */
export function PackageChangesWidget({ customer }: { customer: FragmentType<typeof PackageChangesWidgetFragment> }) {
  const c = getFragmentData(PackageChangesWidgetFragment, customer);
  const changes = c.packageChanges ?? [];
  const [scheduling, setScheduling] = useState(false);
  return (
    <Stack gap="sm">
      <Can permission="packageChanges:write">
        <WidgetActions>
          <Button size="xs" variant="light" leftSection={<IconCalendarPlus size={14} />} onClick={() => setScheduling(true)}>
            Schedule change
          </Button>
        </WidgetActions>
      </Can>
      {changes.length === 0 ? (
        <Text c="dimmed" size="sm">No package changes.</Text>
      ) : (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Account</Table.Th>
              <Table.Th>Change</Table.Th>
              <Table.Th>Effective</Table.Th>
              <Table.Th>State</Table.Th>
              <Can permission="packageChanges:write"><Table.Th aria-label="Actions" /></Can>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((ch) => {
              const style = STATE_STYLE[ch.state] ?? { color: 'gray', label: ch.state };
              return (
                <Table.Tr key={ch.id} data-testid="package-change">
                  <Table.Td><Text size="sm" ff="monospace">{ch.username}</Text></Table.Td>
                  <Table.Td>
                    <Text size="sm">{ch.fromPackage.name} <IconArrowRight size={12} aria-label="to" /> {ch.toPackage.name}</Text>
                    <Text size="xs" c="dimmed">{ch.immediate ? 'Immediate, ' : ''}by {ch.submittedByName}, {formatDateTime(ch.submittedAt)}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(ch.effectiveDate)}</Table.Td>
                  <Table.Td>
                    <Badge color={style.color} variant="light" size="sm" styles={NO_TRUNCATE}>{style.label}</Badge>
                    {ch.reason && <Text size="xs" c="dimmed">{ch.reason}</Text>}
                  </Table.Td>
                  <Can permission="packageChanges:write">
                    <Table.Td ta="right">{ch.state === 'SCHEDULED' && <CancelChange change={ch} />}</Table.Td>
                  </Can>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={scheduling} onClose={() => setScheduling(false)} title="Schedule a package change">
        {scheduling && <ScheduleForm customerId={c.id} onDone={() => setScheduling(false)} />}
      </Modal>
    </Stack>
  );
}
