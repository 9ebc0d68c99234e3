'use client';

import { Divider, NumberInput, PasswordInput, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type {
  AnnualIncreaseProfile,
  BankAccountType,
  BillLength,
  BillingCycle,
  BillingDetailsWidget_CustomerFragment,
  LowInvoiceRule,
  PaymentMethod,
  PaymentTermsKind,
  VerificationState,
} from '@/gql/graphql';
import { FormActions } from '@/components/FormActions';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { humanize } from '@/lib/format';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { UpdateBillingDetailsMutation } from './mutations';

type Details = NonNullable<BillingDetailsWidget_CustomerFragment['billingDetails']>;

const options = <T extends string>(values: readonly T[]) => values.map((v) => ({ value: v, label: humanize(v) }));
const METHODS: PaymentMethod[] = ['EFT', 'DEBIT_ORDER', 'CASH', 'CREDIT_CARD'];
const VERIFICATION: VerificationState[] = ['UNVERIFIED', 'PENDING', 'VERIFIED', 'FAILED'];
const CYCLES: BillingCycle[] = ['MONTHLY', 'QUARTERLY', 'MANUAL'];
const ACCOUNT_TYPES: BankAccountType[] = ['CHEQUE', 'SAVINGS', 'TRANSMISSION'];
const LENGTHS: BillLength[] = ['SHORT', 'LONG', 'FULL'];
const LOW_RULES: LowInvoiceRule[] = ['CREATE_ANYWAY', 'ROLL_FORWARD', 'LOW_USAGE_CHARGE'];
const INCREASES: AnnualIncreaseProfile[] = ['NONE', 'CPI', 'RPI', 'FIXED_AMOUNT'];
const TERMS = [
  { value: 'METHOD_DEFAULT', label: 'Payment method default' },
  { value: 'DAYS', label: 'Days after the invoice' },
  { value: 'DAY_OF_MONTH', label: 'Day of the month (-1 = last day)' },
];

/** The API's field paths, so its BAD_USER_INPUT lands under the right input. */
const FIELDS = [
  'paymentMethod', 'verification', 'billingCycle', 'vatRateBasisPoints', 'vatNumber', 'creditLimitCents', 'billStyle', 'currency',
  'debitOrder.bank', 'debitOrder.branchCode', 'debitOrder.accountHolder', 'debitOrder.accountNumber', 'debitOrder.accountType', 'debitOrder.debitDay',
  'card.token', 'card.brand', 'card.last4', 'card.expiry', 'paymentTerms.value',
  'lowInvoice.thresholdCents', 'lowInvoice.chargeCents', 'annualIncrease.referenceDate',
];

const toCents = (v: number | string) => (v === '' || v === null ? null : Math.round(Number(v) * 100));
const fromCents = (c: number | null | undefined) => (c == null ? '' : c / 100);
const blankToNull = (v: string) => v.trim() || null;

/** Edits the billing details with the version they were read at (stale -> CONFLICT). */
export function EditBillingDetailsForm({ customerId, details: d, onDone }: { customerId: string; details: Details; onDone: () => void }) {
  const [update, { loading }] = useProfileMutation(UpdateBillingDetailsMutation);
  const form = useForm({
    initialValues: {
      paymentMethod: d.paymentMethod as PaymentMethod,
      verification: d.verification as VerificationState,
      billingCycle: d.billingCycle as BillingCycle,
      debitOrder: {
        bank: d.debitOrder.bank ?? '',
        branchCode: d.debitOrder.branchCode ?? '',
        accountHolder: d.debitOrder.accountHolder ?? '',
        accountNumber: '',
        accountType: (d.debitOrder.accountType ?? null) as BankAccountType | null,
        debitDay: (d.debitOrder.debitDay ?? '') as number | string,
      },
      card: { token: '', brand: d.card.brand ?? '', last4: d.card.last4 ?? '', expiry: d.card.expiry ?? '' },
      paymentTerms: { kind: d.paymentTerms.kind as PaymentTermsKind, value: (d.paymentTerms.value ?? '') as number | string },
      vatRateBasisPoints: d.vatRateBasisPoints / 100 as number | string,
      vatNumber: d.vatNumber ?? '',
      creditLimitCents: fromCents(d.creditLimitCents) as number | string,
      doNotSuspend: d.doNotSuspend,
      billStyle: d.billStyle,
      billLengths: { email: d.billLengths.email as BillLength, download: d.billLengths.download as BillLength, print: d.billLengths.print as BillLength },
      lowInvoice: { rule: d.lowInvoice.rule as LowInvoiceRule, thresholdCents: fromCents(d.lowInvoice.thresholdCents) as number | string, chargeCents: fromCents(d.lowInvoice.chargeCents) as number | string },
      annualIncrease: { profile: d.annualIncrease.profile as AnnualIncreaseProfile, referenceDate: d.annualIncrease.referenceDate ?? '' },
      currency: d.currency,
    },
    validate: {
      vatRateBasisPoints: (v) => (v !== '' && Number(v) >= 0 && Number(v) <= 100 ? null : 'VAT rate must be between 0 and 100%'),
      billStyle: (v) => (v.trim() ? null : 'Choose the brand on the bills'),
      paymentTerms: { value: (v, values) => (values.paymentTerms.kind !== 'METHOD_DEFAULT' && v === '' ? 'Give the days or the day of the month' : null) },
    },
  });
  const v = form.values;

  const { onSubmit, formError, formRef } = useFormSubmit(form, FIELDS, async (values) => {
    const debit = values.debitOrder;
    await update({
      variables: {
        input: {
          customerId,
          expectedVersion: d.version,
          paymentMethod: values.paymentMethod,
          verification: values.verification,
          billingCycle: values.billingCycle,
          debitOrder: {
            bank: blankToNull(debit.bank),
            branchCode: blankToNull(debit.branchCode),
            accountHolder: blankToNull(debit.accountHolder),
            // Write-only: left blank keeps the stored number.
            ...(debit.accountNumber.trim() ? { accountNumber: debit.accountNumber.replace(/\s/g, '') } : {}),
            accountType: debit.accountType,
            debitDay: debit.debitDay === '' ? null : Number(debit.debitDay),
          },
          card: {
            ...(values.card.token.trim() ? { token: values.card.token.trim() } : {}),
            brand: blankToNull(values.card.brand),
            last4: blankToNull(values.card.last4),
            expiry: blankToNull(values.card.expiry),
          },
          paymentTerms: { kind: values.paymentTerms.kind, value: values.paymentTerms.kind === 'METHOD_DEFAULT' || values.paymentTerms.value === '' ? null : Number(values.paymentTerms.value) },
          vatRateBasisPoints: Math.round(Number(values.vatRateBasisPoints) * 100),
          vatNumber: values.vatNumber.trim(),
          creditLimitCents: toCents(values.creditLimitCents),
          doNotSuspend: values.doNotSuspend,
          billStyle: values.billStyle.trim(),
          billLengths: values.billLengths,
          lowInvoice: { rule: values.lowInvoice.rule, thresholdCents: toCents(values.lowInvoice.thresholdCents) ?? 0, chargeCents: toCents(values.lowInvoice.chargeCents) ?? 0 },
          annualIncrease: { profile: values.annualIncrease.profile, referenceDate: blankToNull(values.annualIncrease.referenceDate) },
          currency: values.currency,
        },
      },
    });
    onDone();
  });

  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={3} spacing="sm">
          <Select label="Payment method" data={options(METHODS)} allowDeselect={false} data-autofocus {...form.getInputProps('paymentMethod')} />
          <Select label="Verification" data={options(VERIFICATION)} allowDeselect={false} {...form.getInputProps('verification')} />
          <Select label="Billing cycle" data={options(CYCLES)} allowDeselect={false} {...form.getInputProps('billingCycle')} />
        </SimpleGrid>
        {v.paymentMethod === 'DEBIT_ORDER' && (
          <SimpleGrid cols={3} spacing="sm">
            <TextInput label="Bank" withAsterisk {...form.getInputProps('debitOrder.bank')} />
            <TextInput label="Branch code" withAsterisk maxLength={6} {...form.getInputProps('debitOrder.branchCode')} />
            <TextInput label="Account holder" withAsterisk {...form.getInputProps('debitOrder.accountHolder')} />
            <PasswordInput
              label="Account number"
              description={d.debitOrder.accountNumberMasked ? `Stored: ${d.debitOrder.accountNumberMasked}; leave blank to keep` : 'Stored encrypted'}
              autoComplete="off"
              {...form.getInputProps('debitOrder.accountNumber')}
            />
            <Select label="Account type" data={options(ACCOUNT_TYPES)} {...form.getInputProps('debitOrder.accountType')} />
            <NumberInput label="Debit day" min={1} max={31} allowDecimal={false} {...form.getInputProps('debitOrder.debitDay')} />
          </SimpleGrid>
        )}
        {v.paymentMethod === 'CREDIT_CARD' && (
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label="Gateway token"
              description={d.card.tokenOnFile ? 'A token is on file; paste a new one to replace it' : 'From the payment gateway — never the card number'}
              autoComplete="off"
              {...form.getInputProps('card.token')}
            />
            <TextInput label="Brand" placeholder="Visa" {...form.getInputProps('card.brand')} />
            <TextInput label="Last four digits" maxLength={4} {...form.getInputProps('card.last4')} />
            <TextInput label="Expiry" placeholder="MM/YY" maxLength={5} {...form.getInputProps('card.expiry')} />
          </SimpleGrid>
        )}
        <Divider label="Terms and tax" labelPosition="left" />
        <SimpleGrid cols={3} spacing="sm">
          <Select label="Payment terms" data={TERMS} allowDeselect={false} {...form.getInputProps('paymentTerms.kind')} />
          <NumberInput
            label={v.paymentTerms.kind === 'DAYS' ? 'Days' : 'Day of the month'}
            disabled={v.paymentTerms.kind === 'METHOD_DEFAULT'}
            allowDecimal={false}
            {...form.getInputProps('paymentTerms.value')}
          />
          <Select label="Currency" data={['ZAR', 'GBP']} allowDeselect={false} {...form.getInputProps('currency')} />
          <NumberInput label="VAT rate (%)" min={0} max={100} decimalScale={2} {...form.getInputProps('vatRateBasisPoints')} />
          <TextInput label="VAT number" {...form.getInputProps('vatNumber')} />
          <NumberInput label="Credit limit" description="Blank: no limit" min={0} decimalScale={2} thousandSeparator=" " {...form.getInputProps('creditLimitCents')} />
        </SimpleGrid>
        <Switch label="Do not suspend for late payment" {...form.getInputProps('doNotSuspend', { type: 'checkbox' })} />
        {v.vatRateBasisPoints !== '' && Math.round(Number(v.vatRateBasisPoints) * 100) !== d.vatRateBasisPoints && (
          <Text size="xs" c="orange">A new VAT rate re-prices pending charges and draft invoices; approved invoices keep theirs.</Text>
        )}
        <Divider label="Bills" labelPosition="left" />
        <SimpleGrid cols={3} spacing="sm">
          <TextInput label="Bill style (brand)" {...form.getInputProps('billStyle')} />
          <Select label="Empty or low invoices" data={options(LOW_RULES)} allowDeselect={false} {...form.getInputProps('lowInvoice.rule')} />
          <NumberInput label="Low below" min={0} decimalScale={2} {...form.getInputProps('lowInvoice.thresholdCents')} />
          <Select label="Email bill" data={options(LENGTHS)} allowDeselect={false} {...form.getInputProps('billLengths.email')} />
          <Select label="Download bill" data={options(LENGTHS)} allowDeselect={false} {...form.getInputProps('billLengths.download')} />
          <Select label="Printed bill" data={options(LENGTHS)} allowDeselect={false} {...form.getInputProps('billLengths.print')} />
          {v.lowInvoice.rule === 'LOW_USAGE_CHARGE' && <NumberInput label="Low usage charge" min={0} decimalScale={2} {...form.getInputProps('lowInvoice.chargeCents')} />}
          <Select label="Annual increase" data={options(INCREASES)} allowDeselect={false} {...form.getInputProps('annualIncrease.profile')} />
          <TextInput label="Increase reference date" type="date" {...form.getInputProps('annualIncrease.referenceDate')} />
        </SimpleGrid>
        <FormActions error={formError} fieldErrors={form.errors} onCancel={onDone} submit="Save billing details" loading={loading} />
      </Stack>
    </form>
  );
}
