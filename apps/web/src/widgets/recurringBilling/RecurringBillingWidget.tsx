'use client';

import { useState } from 'react';
import { Alert, Badge, Button, Group, NumberInput, Progress, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData, type FragmentType } from '@/gql';
import { Can } from '@/auth/Can';
import { useMe } from '@/auth/MeContext';
import { ConfirmButton } from '@/components/ConfirmButton';
import { describeError, errorCodeOf, graphQLErrorsOf } from '@/lib/graphqlErrors';
import { formatDate, formatMoney, humanize } from '@/lib/format';
import { RecurringBillingWidgetFragment } from './fragment';
import {
  AddOneOffChargeMutation,
  ApproveBillingRunMutation,
  ApproveRunInvoiceMutation,
  BillingRunsQuery,
  DownloadInvoiceMutation,
  GenerateRecurringBillingMutation,
  GenerateRecurringInvoiceMutation,
  RemovePendingChargeMutation,
  StartBillingRunMutation,
} from './documents';

const key = () => (globalThis.crypto?.randomUUID?.() ?? `k-${Date.now()}-${Math.random().toString(36).slice(2)}`);

/** Widget recurringBilling: what the next billing run bills, one-off charges pending, the last runs and invoices. */
export function RecurringBillingWidget({ customer }: { customer: FragmentType<typeof RecurringBillingWidgetFragment> }) {
  const c = getFragmentData(RecurringBillingWidgetFragment, customer);
  const rb = c.recurringBilling;
  const [error, setError] = useState<unknown>(null);
  const refetch = { refetchQueries: 'active' as const, awaitRefetchQueries: true };
  const [generate, generating] = useMutation(GenerateRecurringBillingMutation);
  const [invoiceNow, invoicing] = useMutation(GenerateRecurringInvoiceMutation, refetch);
  const [remove, removing] = useMutation(RemovePendingChargeMutation);
  const [approve, approving] = useMutation(ApproveRunInvoiceMutation, refetch);
  const [download] = useMutation(DownloadInvoiceMutation);
  const run = async (f: () => Promise<unknown>) => {
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(e);
    }
  };
  if (!rb) return <Text c="dimmed" size="sm">No billing account.</Text>;
  const money = (cents: number) => formatMoney({ cents, currency: rb.currency });
  const save = async (invoiceId: string, length: 'SHORT' | 'LONG' | 'FULL') =>
    run(async () => {
      const r = await download({ variables: { invoiceId, length } });
      const d = r.data?.downloadInvoice;
      if (!d) return;
      const a = document.createElement('a');
      a.href = d.url;
      a.download = d.fileName;
      a.click();
    });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm" fw={600}>
            Next run: {formatDate(rb.periodStart)} – {formatDate(rb.periodEnd)} ({humanize(rb.billingCycle)})
          </Text>
          <Text size="xs" c="dimmed">{rb.statusRule}</Text>
        </div>
        <Can permission="recurringBilling:write">
          <Group gap="xs">
            <Button size="xs" variant="light" loading={generating.loading} onClick={() => run(() => generate({ variables: { customerId: c.id } }))}>
              Generate recurring billing
            </Button>
            <Button size="xs" loading={invoicing.loading} onClick={() => run(() => invoiceNow({ variables: { customerId: c.id } }))}>
              Generate recurring invoice
            </Button>
          </Group>
        </Can>
      </Group>
      <ActionError error={error} />

      <Table striped withTableBorder data-testid="next-charges">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Service</Table.Th>
            <Table.Th>Period</Table.Th>
            <Table.Th ta="right">Excl. VAT</Table.Th>
            <Table.Th ta="right">VAT</Table.Th>
            <Table.Th ta="right">Total</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rb.charges.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}><Text size="sm" c="dimmed">Nothing to bill next run.</Text></Table.Td>
            </Table.Tr>
          )}
          {rb.charges.map((ch, i) => (
            <Table.Tr key={i} data-testid="charge">
              <Table.Td>
                <Text size="sm">{ch.description}</Text>
                <Group gap={4}>
                  {ch.usage && <Badge size="xs" variant="outline">In arrears</Badge>}
                  {ch.refund && <Badge size="xs" color="green" variant="light">Refund</Badge>}
                  {ch.pending && <Badge size="xs" color="gray" variant="light">Pending</Badge>}
                </Group>
              </Table.Td>
              <Table.Td><Text size="sm">{formatDate(ch.periodStart)} – {formatDate(ch.periodEnd)}</Text></Table.Td>
              <Table.Td ta="right">{money(ch.netCents)}</Table.Td>
              <Table.Td ta="right">{money(ch.vatCents)} <Text span size="xs" c="dimmed">({ch.vatRateBp / 100}%)</Text></Table.Td>
              <Table.Td ta="right">{money(ch.totalCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" ta="right" fw={600}>Still to be written next run: {money(rb.chargesTotalCents)}</Text>

      <Title order={6}>Pending charges</Title>
      {rb.pendingCharges.length === 0 && <Text size="sm" c="dimmed">No charges waiting for an invoice.</Text>}
      {rb.pendingCharges.map((p) => (
        <Group key={p.id} justify="space-between" data-testid="pending-charge">
          <Text size="sm">{p.description} <Badge size="xs" variant="outline">{humanize(p.kind)}</Badge></Text>
          <Group gap="xs">
            <Text size="sm">{money(p.totalCents)}</Text>
            {p.kind === 'ONE_OFF' && (
              <Can permission="recurringBilling:write">
                <ConfirmButton label="Remove" question={`Remove "${p.description}"?`} loading={removing.loading} onConfirm={() => run(() => remove({ variables: { lineId: p.id } }))} />
              </Can>
            )}
          </Group>
        </Group>
      ))}
      <Can permission="recurringBilling:write">
        <AddOneOff customerId={c.id} onError={setError} />
      </Can>

      <Title order={6}>Last runs</Title>
      <Table withTableBorder data-testid="last-runs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Period</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>Run</Table.Th>
            <Table.Th>Invoice</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rb.lastRuns.length === 0 && (
            <Table.Tr><Table.Td colSpan={5}><Text size="sm" c="dimmed">Not billed yet.</Text></Table.Td></Table.Tr>
          )}
          {rb.lastRuns.map((r) => (
            <Table.Tr key={r.periodStart} data-testid="billed-period">
              <Table.Td>{formatDate(r.periodStart)}</Table.Td>
              <Table.Td>{humanize(r.outcome)}</Table.Td>
              <Table.Td>
                {r.runId ? (
                  <>
                    <Text size="xs">{humanize(r.runState ?? '')} {r.runDone ?? 0}/{r.runTotal ?? 0}</Text>
                    {r.runState === 'RUNNING' && <Progress size="xs" value={r.runTotal ? ((r.runDone ?? 0) / r.runTotal) * 100 : 0} />}
                  </>
                ) : (
                  <Text size="xs" c="dimmed">By hand</Text>
                )}
              </Table.Td>
              <Table.Td>
                {r.invoiceId ? (
                  <Text size="sm">
                    {r.invoiceNumber ?? 'Draft'} · {humanize(r.invoiceState ?? '')} · {money(r.invoiceTotalCents ?? 0)}
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {r.invoiceId && (
                  <Group gap={4} justify="flex-end">
                    {r.invoiceState === 'DRAFT' && (
                      <Can permission="recurringBilling:write">
                        <Button size="compact-xs" loading={approving.loading} onClick={() => run(() => approve({ variables: { input: { id: r.invoiceId!, idempotencyKey: key() } } }))}>
                          Approve
                        </Button>
                      </Can>
                    )}
                    {(['SHORT', 'LONG', 'FULL'] as const).map((l) => (
                      <Button key={l} size="compact-xs" variant="default" aria-label={`${humanize(l)} PDF of ${r.invoiceNumber ?? 'draft'}`} onClick={() => save(r.invoiceId!, l)}>
                        {humanize(l)} PDF
                      </Button>
                    ))}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Can permission="billing:run">
        <BillingRuns />
      </Can>
    </Stack>
  );
}

function AddOneOff({ customerId, onError }: { customerId: string; onError: (e: unknown) => void }) {
  const [description, setDescription] = useState('');
  const [amount, setAmount] = useState<number | string>('');
  const [add, adding] = useMutation(AddOneOffChargeMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
  const valid = description.trim().length > 0 && typeof amount === 'number' && amount > 0;
  return (
    <Group align="flex-end" gap="xs">
      <TextInput size="xs" label="One-off charge" placeholder="Installation" value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
      <NumberInput size="xs" label="Amount excl. VAT" decimalScale={2} min={0} value={amount} onChange={setAmount} />
      <Button
        size="xs"
        variant="light"
        disabled={!valid}
        loading={adding.loading}
        onClick={async () => {
          try {
            await add({ variables: { input: { customerId, kind: 'ONE_OFF' as never, description: description.trim(), unitPriceCents: Math.round(Number(amount) * 100), idempotencyKey: key() } } });
            setDescription('');
            setAmount('');
          } catch (e) {
            onError(e);
          }
        }}
      >
        Add charge
      </Button>
    </Group>
  );
}

/** The latest runs with their progress (customers done / total), for users who may start one. */
function BillingRuns() {
  const { data, error } = useQuery(BillingRunsQuery, { variables: { first: 5 }, pollInterval: 5000 });
  const [start, starting] = useMutation(StartBillingRunMutation, { refetchQueries: ['BillingRuns'] });
  const [approveAll, approvingAll] = useMutation(ApproveBillingRunMutation, { refetchQueries: 'active' });
  const [failure, setFailure] = useState<unknown>(null);
  useMe();
  return (
    <Stack gap="xs" data-testid="billing-runs">
      <Group justify="space-between">
        <Title order={6}>Billing runs</Title>
        <Button size="xs" variant="light" loading={starting.loading} onClick={() => start({ variables: { input: { month: new Date().toISOString().slice(0, 7) } } }).catch(setFailure)}>
          Start billing run
        </Button>
      </Group>
      <ActionError error={failure ?? error} />
      {(data?.billingRuns ?? []).map((r) => (
        <Group key={r.id} justify="space-between" data-testid="billing-run">
          <Text size="sm">
            {formatDate(r.periodStart)} · {humanize(r.state)} · {r.done}/{r.total} customers · {r.invoices} invoices
            {r.error && <Text span c="red" size="xs"> — {r.error}</Text>}
          </Text>
          <Group gap="xs">
            {r.state === 'RUNNING' && <Progress w={120} size="sm" value={r.total ? (r.done / r.total) * 100 : 0} />}
            {r.state === 'DONE' && r.invoices > 0 && (
              <Button size="compact-xs" loading={approvingAll.loading} onClick={() => approveAll({ variables: { runId: r.id } }).catch(setFailure)}>
                Approve drafts
              </Button>
            )}
          </Group>
        </Group>
      ))}
    </Stack>
  );
}

/** A refused billing action: the server's own words for a clash (e.g. "This period is billed already"). */
function ActionError({ error }: { error: unknown }) {
  if (!error) return null;
  const first = graphQLErrorsOf(error)[0];
  const code = first && errorCodeOf(first);
  const message = code === 'CONFLICT' || code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' ? first.message : describeError(error);
  return (
    <Alert color="red" title="Not done" role="alert">
      {message}
    </Alert>
  );
}
