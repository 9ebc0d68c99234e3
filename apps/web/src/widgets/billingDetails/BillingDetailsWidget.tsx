'use client';

import { useState, type ReactNode } from 'react';
import { Badge, Button, Divider, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '@/gql';
import { Can } from '@/auth/Can';
import { WidgetActions } from '@/profile/WidgetActions';
import { formatDate, formatMoney, humanize } from '@/lib/format';
import { BillingDetailsWidgetFragment } from './fragment';
import { EditBillingDetailsForm } from './EditBillingDetailsForm';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text size="sm" component="div">{children || '—'}</Text>
    </div>
  );
}

const VERIFICATION_COLOR = { VERIFIED: 'green', PENDING: 'yellow', FAILED: 'red', UNVERIFIED: 'gray' } as const;
const percent = (bp: number) => `${(bp / 100).toLocaleString('en-GB', { maximumFractionDigits: 2 })}%`;

/** Billing details (seed 004 account settings): how the customer pays and is billed. */
export function BillingDetailsWidget({ customer }: { customer: FragmentType<typeof BillingDetailsWidgetFragment> }) {
  const c = getFragmentData(BillingDetailsWidgetFragment, customer);
  const d = c.billingDetails;
  const [editing, setEditing] = useState(false);
  if (!d) return <Text c="dimmed" size="sm">No billing details.</Text>;
  const money = (cents: number | null | undefined) => (cents == null ? null : formatMoney({ cents, currency: d.currency }));
  return (
    <Stack gap="md">
      <Can permission="billingDetails:write">
        <WidgetActions>
          <Button size="xs" variant="light" leftSection={<IconEdit size={14} />} onClick={() => setEditing(true)}>
            Edit billing details
          </Button>
        </WidgetActions>
      </Can>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="sm">
        <Field label="Payment method">{humanize(d.paymentMethod)}</Field>
        <Field label="Verification">
          <Badge size="sm" variant="light" color={VERIFICATION_COLOR[d.verification]}>{humanize(d.verification)}</Badge>
        </Field>
        <Field label="Billing cycle">{humanize(d.billingCycle)}</Field>
      </SimpleGrid>
      {d.paymentMethod === 'DEBIT_ORDER' && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="sm" data-testid="debit-order">
          <Field label="Bank">{d.debitOrder.bank}</Field>
          <Field label="Branch code">{d.debitOrder.branchCode}</Field>
          <Field label="Account holder">{d.debitOrder.accountHolder}</Field>
          <Field label="Account number">{d.debitOrder.accountNumberMasked}</Field>
          <Field label="Account type">{d.debitOrder.accountType && humanize(d.debitOrder.accountType)}</Field>
          <Field label="Debit day">{d.debitOrder.debitDay}</Field>
        </SimpleGrid>
      )}
      {(d.paymentMethod === 'CREDIT_CARD' || d.card.tokenOnFile) && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="sm" data-testid="card">
          <Field label="Card">{d.card.tokenOnFile ? `${d.card.brand ?? 'Card'} •••• ${d.card.last4 ?? '????'}` : 'No card on file'}</Field>
          <Field label="Expires">{d.card.expiry}</Field>
        </SimpleGrid>
      )}
      <Divider />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="sm">
        <Field label="Payment terms">{d.paymentTerms.summary}</Field>
        <Field label="Due if invoiced today">{formatDate(d.paymentTerms.dueForInvoiceToday)}</Field>
        <Field label="Currency">{d.currency}</Field>
        <Field label="VAT rate">{percent(d.vatRateBasisPoints)}</Field>
        <Field label="VAT number">{d.vatNumber}</Field>
        <Field label="Credit limit">{d.creditLimitCents == null ? 'No limit' : money(d.creditLimitCents)}</Field>
        <Field label="Late payment">{d.doNotSuspend ? <Badge size="sm" color="orange" variant="light">Do not suspend</Badge> : 'Suspend when overdue'}</Field>
      </SimpleGrid>
      <Divider />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="sm">
        <Field label="Bill style">{d.billStyle}</Field>
        <Field label="Bill lengths">
          Email {humanize(d.billLengths.email).toLowerCase()}, download {humanize(d.billLengths.download).toLowerCase()}, print {humanize(d.billLengths.print).toLowerCase()}
        </Field>
        <Field label="Empty or low invoices">
          {humanize(d.lowInvoice.rule)}
          {d.lowInvoice.thresholdCents > 0 && ` below ${money(d.lowInvoice.thresholdCents)}`}
          {d.lowInvoice.rule === 'LOW_USAGE_CHARGE' && ` (charge ${money(d.lowInvoice.chargeCents)})`}
        </Field>
        <Field label="Annual increase">
          {humanize(d.annualIncrease.profile)}
          {d.annualIncrease.referenceDate && `, next ${formatDate(d.annualIncrease.referenceDate)}`}
        </Field>
      </SimpleGrid>
      <Modal opened={editing} onClose={() => setEditing(false)} title="Edit billing details" size="xl">
        {editing && <EditBillingDetailsForm customerId={c.id} details={d} onDone={() => setEditing(false)} />}
      </Modal>
    </Stack>
  );
}
