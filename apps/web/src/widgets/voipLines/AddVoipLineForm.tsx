'use client';

import { NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@apollo/client/react';
import type { VoipLineType } from '@/gql/graphql';
import { FormActions } from '@/components/FormActions';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { humanize } from '@/lib/format';
import { required } from '@/lib/validation';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { AddVoipLineMutation, VoipTariffOptionsQuery } from './mutations';

const LINE_TYPES: VoipLineType[] = ['SIP_ACCOUNT', 'HOSTED_PBX', 'SIP_TRUNK', 'ANALOGUE_ATA', 'FAX'];
const FIELDS = ['number', 'lineType', 'label', 'monthlyChargeCents', 'startDate', 'tariffId'];
const DEFAULT_TARIFF = '';

/** Adds a line: the number is checked by the API (E.164, or as dialled in South Africa or the UK). */
export function AddVoipLineForm({ customerId, onDone }: { customerId: string; onDone: () => void }) {
  const [addLine, { loading }] = useProfileMutation(AddVoipLineMutation);
  const tariffs = useQuery(VoipTariffOptionsQuery);
  const form = useForm({
    initialValues: {
      number: '',
      lineType: 'SIP_ACCOUNT' as VoipLineType,
      label: '',
      monthlyCharge: 0 as number | string,
      startDate: new Date().toISOString().slice(0, 10),
      tariffId: DEFAULT_TARIFF,
    },
    validate: {
      number: required('Enter the number, e.g. +27 21 555 0123'),
      monthlyCharge: (v) => (v === '' || Number(v) < 0 ? 'Enter the monthly charge (0 for none)' : null),
      startDate: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'Pick the first day of service'),
    },
  });

  const { onSubmit, formError, formRef } = useFormSubmit(form, FIELDS, async (v) => {
    await addLine({
      variables: {
        input: {
          customerId,
          number: v.number.trim(),
          lineType: v.lineType,
          label: v.label.trim() || null,
          monthlyChargeCents: Math.round(Number(v.monthlyCharge) * 100),
          startDate: v.startDate,
          tariffId: v.tariffId || null,
        },
      },
    });
    onDone();
  });
  // API errors name monthlyChargeCents; show them under the amount field.
  const chargeProps = form.getInputProps('monthlyCharge');
  const chargeError = chargeProps.error ?? form.errors.monthlyChargeCents;

  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Number" placeholder="+27 21 555 0123" withAsterisk data-autofocus {...form.getInputProps('number')} />
          <Select label="Line type" data={LINE_TYPES.map((t) => ({ value: t, label: humanize(t) }))} allowDeselect={false} {...form.getInputProps('lineType')} />
          <TextInput label="Label" placeholder="e.g. Reception" maxLength={80} {...form.getInputProps('label')} />
          <NumberInput label="Monthly charge" decimalScale={2} fixedDecimalScale min={0} {...chargeProps} error={chargeError} />
          <TextInput label="Start date" type="date" withAsterisk {...form.getInputProps('startDate')} />
          <Select
            label="Tariff"
            description="Overrides the customer's default tariff"
            data={[{ value: DEFAULT_TARIFF, label: 'Customer default' }, ...(tariffs.data?.voipTariffs ?? []).map((t) => ({ value: t.id, label: t.name }))]}
            allowDeselect={false}
            {...form.getInputProps('tariffId')}
          />
        </SimpleGrid>
        <FormActions error={formError ?? tariffs.error} fieldErrors={form.errors} onCancel={onDone} submit="Save line" loading={loading} />
      </Stack>
    </form>
  );
}
