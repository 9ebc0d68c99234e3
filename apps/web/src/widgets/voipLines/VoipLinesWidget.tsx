'use client';

import { useState } from 'react';
import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconCalendarOff, IconFileImport, IconPlus } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '@/gql';
import type { VoipLinesWidget_CustomerFragment } from '@/gql/graphql';
import { Can } from '@/auth/Can';
import { RecordsTable } from '@/components/RecordsTable';
import { RecordModal, useRecordModal } from '@/components/RecordModal';
import { WidgetActions } from '@/profile/WidgetActions';
import { formatDate, formatMoney, humanize } from '@/lib/format';
import { VoipLinesWidgetFragment } from './fragment';
import { AddVoipLineForm } from './AddVoipLineForm';
import { ExpireVoipLineForm } from './ExpireVoipLineForm';
import { ImportCallsForm } from './ImportCallsForm';

export type VoipLine = NonNullable<VoipLinesWidget_CustomerFragment['voipLines']>[number];

const STATUS_COLOR: Record<string, string> = { ACTIVE: 'teal', PENDING: 'blue', EXPIRED: 'gray' };

/** VoIP lines / numbers (seed 000 §3.11): add, expire, and import call records for them. */
export function VoipLinesWidget({ customer }: { customer: FragmentType<typeof VoipLinesWidgetFragment> }) {
  const c = getFragmentData(VoipLinesWidgetFragment, customer);
  const add = useRecordModal<never>();
  const [expiring, setExpiring] = useState<VoipLine | null>(null);
  const [importing, setImporting] = useState(false);
  const lines = c.voipLines ?? [];
  return (
    <Stack gap="sm">
      <Can permission="voipLines:write">
        <WidgetActions>
          <Group gap="xs">
            <Button size="xs" variant="light" leftSection={<IconFileImport size={14} />} onClick={() => setImporting(true)} disabled={lines.length === 0}>
              Import calls
            </Button>
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={add.add}>
              Add line
            </Button>
          </Group>
        </WidgetActions>
      </Can>
      <RecordsTable
        records={lines}
        empty="No VoIP lines."
        columns={['Number', 'Status', 'Monthly', 'Service', 'Tariff']}
        rowTestId="voip-line"
        permission="voipLines:write"
        actions={(l) =>
          l.endDate ? null : (
            <Button size="compact-xs" variant="subtle" color="red" leftSection={<IconCalendarOff size={14} />} onClick={() => setExpiring(l)}>
              Expire
            </Button>
          )
        }
        cells={(l) => (
          <>
            <Table.Td miw={150}>
              <Text size="sm" fw={500} ff="monospace">{l.number}</Text>
              <Text size="xs" c="dimmed">{[humanize(l.lineType), l.label].filter(Boolean).join(' · ')}</Text>
            </Table.Td>
            <Table.Td>
              <Badge size="sm" variant="light" color={STATUS_COLOR[l.status] ?? 'gray'}>{humanize(l.status)}</Badge>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMoney(l.monthlyCharge)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Text size="sm">{formatDate(l.startDate)}</Text>
              <Text size="xs" c="dimmed">{l.endDate ? `to ${formatDate(l.endDate)}` : 'no end date'}</Text>
            </Table.Td>
            <Table.Td>
              {l.tariffName ? <Text size="sm">{l.tariffName}</Text> : <Text size="sm" c="dimmed">Customer default</Text>}
            </Table.Td>
          </>
        )}
      />
      <RecordModal modal={add} title={() => 'Add VoIP line'}>
        {(_, done) => <AddVoipLineForm customerId={c.id} onDone={done} />}
      </RecordModal>
      <Modal opened={expiring !== null} onClose={() => setExpiring(null)} title={expiring ? `Expire ${expiring.number}` : ''}>
        {expiring && <ExpireVoipLineForm line={expiring} onDone={() => setExpiring(null)} />}
      </Modal>
      <Modal opened={importing} onClose={() => setImporting(false)} title="Import call records (Asterisk Master.csv)" size="lg">
        {importing && <ImportCallsForm customerId={c.id} onDone={() => setImporting(false)} />}
      </Modal>
    </Stack>
  );
}
