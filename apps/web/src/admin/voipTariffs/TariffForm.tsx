'use client';

import { Checkbox, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import type { CallClass, VoipTariffFieldsFragment } from '@/gql/graphql';
import { FormActions } from '@/components/FormActions';
import { humanize } from '@/lib/format';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { required } from '@/lib/validation';
import { CreateVoipTariffMutation, UpdateVoipTariffMutation, VoipTariffsAdminQuery } from './documents';

export const CALL_CLASSES: CallClass[] = ['LOCAL', 'NATIONAL', 'MOBILE', 'INTERNATIONAL', 'INBOUND', 'TOLL_FREE'];

type Num = number | string;
interface RateValues { rate: Num; increment: Num; minimum: Num; fee: Num; markup: Num }
const blank = (v: Num) => v === '' || v === null || v === undefined;
const num = (v: Num) => (blank(v) ? null : Number(v));

/**
 * Creates or edits a VoIP tariff: per call class a rate per minute (blank: no rate, the
 * markups price the call), the billing increment, minimum charge, connection fee and a markup.
 * A class left entirely blank is not priced by this tariff.
 */
export function TariffForm({ tariff, onDone }: { tariff?: VoipTariffFieldsFragment; onDone: () => void }) {
  const opts = { refetchQueries: [VoipTariffsAdminQuery], awaitRefetchQueries: true };
  const [create, createState] = useMutation(CreateVoipTariffMutation, opts);
  const [update, updateState] = useMutation(UpdateVoipTariffMutation, opts);
  const rateOf = (c: CallClass): RateValues => {
    const r = tariff?.rates.find((x) => x.callClass === c);
    return r
      ? { rate: r.ratePerMinuteCents ?? '', increment: r.billingIncrementSeconds, minimum: r.minimumChargeCents, fee: r.connectionFeeCents, markup: r.markupPercent ?? '' }
      : { rate: '', increment: '', minimum: '', fee: '', markup: '' };
  };
  const form = useForm({
    initialValues: {
      name: tariff?.name ?? '',
      description: tariff?.description ?? '',
      active: tariff?.active ?? true,
      fallbackMarkupPercent: (tariff?.fallbackMarkupPercent ?? '') as Num,
      rates: Object.fromEntries(CALL_CLASSES.map((c) => [c, rateOf(c)])) as Record<CallClass, RateValues>,
    },
    validate: { name: required('Give the tariff a name') },
  });
  const { onSubmit, formError, formRef } = useFormSubmit(form, ['name', 'description', 'fallbackMarkupPercent'], async (v) => {
    const rates = CALL_CLASSES.filter((c) => Object.values(v.rates[c]).some((x) => !blank(x))).map((c) => {
      const r = v.rates[c];
      return {
        callClass: c,
        ratePerMinuteCents: num(r.rate),
        billingIncrementSeconds: num(r.increment) ?? 60,
        minimumChargeCents: num(r.minimum) ?? 0,
        connectionFeeCents: num(r.fee) ?? 0,
        markupPercent: num(r.markup),
      };
    });
    const fields = { name: v.name.trim(), description: v.description.trim() || null, active: v.active, fallbackMarkupPercent: num(v.fallbackMarkupPercent), rates };
    if (tariff) await update({ variables: { input: { id: tariff.id, expectedVersion: tariff.version, ...fields } } });
    else await create({ variables: { input: fields } });
    onDone();
  });
  const cell = (c: CallClass, key: keyof RateValues, label: string, extra: object = {}) => (
    <Table.Td>
      <NumberInput size="xs" aria-label={`${humanize(c)} ${label}`} min={key === 'markup' ? -100 : 0} allowDecimal={key === 'markup'} decimalScale={2} hideControls {...extra} {...form.getInputProps(`rates.${c}.${key}`)} />
    </Table.Td>
  );
  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Name" withAsterisk maxLength={80} data-autofocus {...form.getInputProps('name')} />
          <NumberInput label="Fallback markup %" description="On the cost base when a class has no rate and no markup" decimalScale={2} min={-100} {...form.getInputProps('fallbackMarkupPercent')} />
        </SimpleGrid>
        <Textarea label="Description" autosize minRows={1} maxLength={500} {...form.getInputProps('description')} />
        <Checkbox label="Offered for new lines" {...form.getInputProps('active', { type: 'checkbox' })} />
        <Text size="sm" c="dimmed">Amounts in cents. Leave the rate blank to price a class by markup on the cost base; leave a whole row blank for classes this tariff does not price.</Text>
        <Table withTableBorder verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Class</Table.Th>
              <Table.Th>Rate c/min</Table.Th>
              <Table.Th>Increment s</Table.Th>
              <Table.Th>Minimum c</Table.Th>
              <Table.Th>Connection c</Table.Th>
              <Table.Th>Markup %</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {CALL_CLASSES.map((c) => (
              <Table.Tr key={c}>
                <Table.Td><Text size="sm">{humanize(c)}</Text></Table.Td>
                {cell(c, 'rate', 'rate per minute')}
                {cell(c, 'increment', 'billing increment', { placeholder: '60' })}
                {cell(c, 'minimum', 'minimum charge')}
                {cell(c, 'fee', 'connection fee')}
                {cell(c, 'markup', 'markup')}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <FormActions error={formError} fieldErrors={form.errors} onCancel={onDone} submit={tariff ? 'Save tariff' : 'Add tariff'} loading={createState.loading || updateState.loading} />
      </Stack>
    </form>
  );
}
