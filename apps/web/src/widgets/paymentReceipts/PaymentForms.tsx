'use client';

import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Loader, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReceiptMethod } from '@/gql/graphql';
import { FormActions } from '@/components/FormActions';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { describeError } from '@/lib/graphqlErrors';
import { formatDate, formatMoney, humanize } from '@/lib/format';
import { required } from '@/lib/validation';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { AllocatePaymentMutation, OpenItemsQuery, RecordPaymentMutation, ReversePaymentMutation } from './mutations';
import type { Receipt } from './PaymentReceiptsWidget';

const METHODS: ReceiptMethod[] = ['EFT', 'DEBIT_ORDER', 'CASH', 'CREDIT_CARD'];
const today = () => new Date().toISOString().slice(0, 10);
/** One key per form opened: a double click or a retry after a timeout records the payment once. */
const useIdempotencyKey = () => useMemo(() => crypto.randomUUID(), []);
const toCents = (v: number | string) => Math.round(Number(v) * 100);

/** Records a receipt: allocated oldest due first, or left unallocated to allocate by hand. */
export function RecordPaymentForm({ customerId, onDone }: { customerId: string; onDone: () => void }) {
  const [record, { loading }] = useProfileMutation(RecordPaymentMutation);
  const idempotencyKey = useIdempotencyKey();
  const form = useForm({
    initialValues: { receivedOn: today(), method: 'EFT' as ReceiptMethod, reference: '', amountCents: '' as number | string, allocate: 'auto' },
    validate: {
      reference: required('Give the payment reference'),
      amountCents: (v) => (v !== '' && Number(v) > 0 ? null : 'The amount must be more than zero'),
      receivedOn: (v) => (v && v <= today() ? null : 'The date cannot be in the future'),
    },
  });
  const { onSubmit, formError, formRef } = useFormSubmit(form, ['receivedOn', 'method', 'reference', 'amountCents'], async (v) => {
    await record({
      variables: {
        input: { customerId, receivedOn: v.receivedOn, method: v.method, reference: v.reference.trim(), amountCents: toCents(v.amountCents), idempotencyKey, ...(v.allocate === 'none' ? { allocations: [] } : {}) },
      },
    });
    onDone();
  });
  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Date received" type="date" withAsterisk data-autofocus {...form.getInputProps('receivedOn')} />
          <Select label="Method" data={METHODS.map((m) => ({ value: m, label: humanize(m) }))} allowDeselect={false} {...form.getInputProps('method')} />
          <TextInput label="Reference" withAsterisk {...form.getInputProps('reference')} />
          <NumberInput label="Amount" withAsterisk min={0} decimalScale={2} fixedDecimalScale thousandSeparator=" " {...form.getInputProps('amountCents')} />
        </SimpleGrid>
        <SegmentedControl
          data={[{ value: 'auto', label: 'Allocate oldest due first' }, { value: 'none', label: 'Leave unallocated' }]}
          {...form.getInputProps('allocate')}
        />
        <FormActions error={formError} fieldErrors={form.errors} onCancel={onDone} submit="Record payment" loading={loading} />
      </Stack>
    </form>
  );
}

/** Allocates a receipt by hand to open items (or oldest due first): earlier allocations are released. */
export function AllocatePaymentForm({ customerId, receipt, onDone }: { customerId: string; receipt: Receipt; onDone: () => void }) {
  const { data, loading: loadingItems, error } = useQuery(OpenItemsQuery, { variables: { id: customerId }, fetchPolicy: 'network-only' });
  const [allocate, { loading }] = useProfileMutation(AllocatePaymentMutation);
  const idempotencyKey = useIdempotencyKey();
  const [amounts, setAmounts] = useState<Record<string, number | string>>(() =>
    Object.fromEntries(receipt.allocations.map((a) => [a.id, a.amountCents / 100])),
  );
  const [formError, setFormError] = useState<unknown>(null);
  const age = data?.customer?.ageAnalysis;
  // What this payment already pays counts as open for it: allocating again releases it first.
  const items = (age?.openItems ?? []).filter((i) => i.side === 'DEBIT');
  const mine = new Map(receipt.allocations.map((a) => [a.id, a.amountCents]));
  const money = (cents: number) => formatMoney({ cents, currency: receipt.currency });
  const total = Object.values(amounts).reduce<number>((s, v) => s + (v === '' ? 0 : toCents(v)), 0);
  const submit = async (auto: boolean) => {
    setFormError(null);
    try {
      const allocations = auto ? null : Object.entries(amounts).filter(([, v]) => v !== '' && toCents(v) > 0).map(([invoiceId, v]) => ({ invoiceId, amountCents: toCents(v) }));
      await allocate({ variables: { input: { paymentId: receipt.id, allocations, idempotencyKey: `${idempotencyKey}:${auto ? 'auto' : 'hand'}` } } });
      onDone();
    } catch (e) {
      setFormError(e);
    }
  };
  if (loadingItems) return <Loader size="sm" />;
  if (error) return <Alert color="red">{describeError(error)}</Alert>;
  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(false); }} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {money(receipt.amountCents)} received {formatDate(receipt.receivedOn)} ({receipt.reference}). Allocated by hand: {money(total)}.
        </Text>
        {items.length === 0 && mine.size === 0 ? (
          <Text c="dimmed" size="sm">Nothing is open on this account.</Text>
        ) : (
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr><Table.Th>Item</Table.Th><Table.Th>Due</Table.Th><Table.Th ta="right">Open</Table.Th><Table.Th>Allocate</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.reference ?? humanize(i.kind)}</Table.Td>
                  <Table.Td>{formatDate(i.dueDate)}</Table.Td>
                  <Table.Td ta="right">{money(i.openCents + (mine.get(i.id) ?? 0))}</Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      aria-label={`Allocate to ${i.reference ?? i.kind}`}
                      min={0}
                      decimalScale={2}
                      value={amounts[i.id] ?? ''}
                      onChange={(v) => setAmounts((a) => ({ ...a, [i.id]: v }))}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {total > receipt.amountCents && <Text size="xs" c="red">The allocations add up to more than the payment.</Text>}
        <FormActions error={formError} onCancel={onDone} submit="Allocate by hand" loading={loading} disabled={total > receipt.amountCents} />
        <Text size="xs" c="dimmed" ta="right">
          or{' '}
          <Text component="button" type="button" size="xs" c="blue" td="underline" bg="none" bd="none" onClick={() => void submit(true)}>
            allocate oldest due first
          </Text>
        </Text>
      </Stack>
    </form>
  );
}

/** Reverses a receipt (a bounced debit order, a payment on the wrong account): a reversal row, never a delete. */
export function ReversePaymentForm({ receipt, onDone }: { receipt: Receipt; onDone: () => void }) {
  const [reverse, { loading }] = useProfileMutation(ReversePaymentMutation);
  const idempotencyKey = useIdempotencyKey();
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: required('Say why the payment is reversed') } });
  const { onSubmit, formError, formRef } = useFormSubmit(form, ['reason'], async (v) => {
    await reverse({ variables: { input: { paymentId: receipt.id, reason: v.reason.trim(), idempotencyKey } } });
    onDone();
  });
  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          Reverse {formatMoney({ cents: receipt.amountCents, currency: receipt.currency })} received {formatDate(receipt.receivedOn)} ({receipt.reference})? Its allocations are released and the balance goes up by the same amount.
        </Text>
        <Textarea label="Reason" withAsterisk data-autofocus autosize minRows={2} {...form.getInputProps('reason')} />
        <FormActions error={formError} fieldErrors={form.errors} onCancel={onDone} submit="Reverse payment" color="red" loading={loading} />
      </Stack>
    </form>
  );
}
