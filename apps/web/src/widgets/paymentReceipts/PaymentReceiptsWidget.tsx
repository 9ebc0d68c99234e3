'use client';

import { useState } from 'react';
import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconArrowBackUp, IconFileImport, IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '@/gql';
import type { PaymentReceiptsWidget_CustomerFragment } from '@/gql/graphql';
import { Can } from '@/auth/Can';
import { useMe } from '@/auth/MeContext';
import { WidgetActions } from '@/profile/WidgetActions';
import { formatDate, formatMoney, humanize } from '@/lib/format';
import { PaymentReceiptsWidgetFragment } from './fragment';
import { AllocatePaymentForm, RecordPaymentForm, ReversePaymentForm } from './PaymentForms';
import { ImportStatementForm } from './ImportStatementForm';

export type Receipt = NonNullable<PaymentReceiptsWidget_CustomerFragment['paymentReceipts']>[number];
type Dialog = { kind: 'record' } | { kind: 'import' } | { kind: 'allocate'; receipt: Receipt } | { kind: 'reverse'; receipt: Receipt };

const KIND_COLOR = { RECEIPT: 'green', REVERSAL: 'red', REFUND: 'orange' } as const;

/** Payments received (seed 000 §3.21): what came in, how, and which invoices it paid. */
export function PaymentReceiptsWidget({ customer }: { customer: FragmentType<typeof PaymentReceiptsWidgetFragment> }) {
  const c = getFragmentData(PaymentReceiptsWidgetFragment, customer);
  const { can } = useMe();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const receipts = c.paymentReceipts ?? [];
  const money = (cents: number, currency: string) => formatMoney({ cents, currency });
  const canAllocate = can('paymentReceipts:write') && can('ageAnalysis:read');
  return (
    <Stack gap="sm">
      <Can permission="paymentReceipts:write">
        <WidgetActions>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setDialog({ kind: 'record' })}>
            Record payment
          </Button>
          <Button size="xs" variant="subtle" leftSection={<IconFileImport size={14} />} onClick={() => setDialog({ kind: 'import' })}>
            Import bank statement
          </Button>
        </WidgetActions>
      </Can>
      {receipts.length === 0 ? (
        <Text c="dimmed" size="sm">No payments received yet.</Text>
      ) : (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Method</Table.Th>
              <Table.Th>Reference</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th>Allocated to</Table.Th>
              <Can permission="paymentReceipts:write"><Table.Th aria-label="Actions" /></Can>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {receipts.map((r) => (
              <Table.Tr key={r.id} data-testid="receipt">
                <Table.Td>{formatDate(r.receivedOn)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{humanize(r.method)}</Text>
                  {r.kind !== 'RECEIPT' && <Badge size="xs" variant="light" color={KIND_COLOR[r.kind]}>{humanize(r.kind)}</Badge>}
                  {r.reversed && <Badge size="xs" variant="light" color="red">Reversed</Badge>}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.reference}</Text>
                  {r.reason && <Text size="xs" c="dimmed">{r.reason}</Text>}
                </Table.Td>
                <Table.Td ta="right" c={r.amountCents < 0 ? 'red' : undefined}>{money(r.amountCents, r.currency)}</Table.Td>
                <Table.Td>
                  {r.allocations.map((a) => (
                    <Text size="xs" key={`${a.kind}:${a.id}`}>{a.reference ?? humanize(a.kind)}: {money(a.amountCents, r.currency)}</Text>
                  ))}
                  {r.unallocatedCents > 0 && <Badge size="xs" variant="outline" color="yellow">{money(r.unallocatedCents, r.currency)} unallocated</Badge>}
                </Table.Td>
                <Can permission="paymentReceipts:write">
                  <Table.Td>
                    {r.kind === 'RECEIPT' && !r.reversed && (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        {canAllocate && (
                          <Button size="compact-xs" variant="subtle" leftSection={<IconTargetArrow size={14} />} onClick={() => setDialog({ kind: 'allocate', receipt: r })}>
                            Allocate
                          </Button>
                        )}
                        <Button size="compact-xs" variant="subtle" color="red" leftSection={<IconArrowBackUp size={14} />} onClick={() => setDialog({ kind: 'reverse', receipt: r })}>
                          Reverse
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Can>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={dialog?.kind === 'record'} onClose={close} title="Record payment" size="lg">
        {dialog?.kind === 'record' && <RecordPaymentForm customerId={c.id} onDone={close} />}
      </Modal>
      <Modal opened={dialog?.kind === 'import'} onClose={close} title="Import bank statement" size="lg">
        {dialog?.kind === 'import' && <ImportStatementForm onDone={close} />}
      </Modal>
      <Modal opened={dialog?.kind === 'allocate'} onClose={close} title="Allocate payment" size="lg">
        {dialog?.kind === 'allocate' && <AllocatePaymentForm customerId={c.id} receipt={dialog.receipt} onDone={close} />}
      </Modal>
      <Modal opened={dialog?.kind === 'reverse'} onClose={close} title="Reverse payment">
        {dialog?.kind === 'reverse' && <ReversePaymentForm receipt={dialog.receipt} onDone={close} />}
      </Modal>
    </Stack>
  );
}
