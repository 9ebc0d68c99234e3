'use client';

import { Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import type { CataloguePackagesQuery as CataloguePackagesData, VatTreatment } from '@/gql/graphql';
import { FormActions } from '@/components/FormActions';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { humanize } from '@/lib/format';
import { required } from '@/lib/validation';
import { CataloguePackagesQuery, CreateDataPackageMutation, UpdateDataPackageMutation } from './documents';

export type CataloguePackage = CataloguePackagesData['dataPackages'][number];

const VAT: VatTreatment[] = ['STANDARD', 'ZERO_RATED', 'EXEMPT'];
const FIELDS = ['name', 'downloadKbps', 'uploadKbps', 'dataCapBytes', 'monthlyPriceCents', 'vatTreatment', 'active', 'overageBilled', 'overageCentsPerGb'];

// The form speaks Mbit/s, GB and currency units; the API kbit/s, bytes and cents. The form's
// field names are the API's, so a refusal lands under the right input.
const num = (v: number | string) => (v === '' || v === null ? null : Number(v));
const positive = (label: string) => (v: number | string) => (num(v) !== null && num(v)! > 0 ? null : `${label} must be more than 0`);

/** Creates a data package, or edits one with the version it was read at. */
export function PackageForm({ pkg, onDone }: { pkg?: CataloguePackage; onDone: () => void }) {
  const mutationOpts = { refetchQueries: [CataloguePackagesQuery], awaitRefetchQueries: true };
  const [create, createState] = useMutation(CreateDataPackageMutation, mutationOpts);
  const [update, updateState] = useMutation(UpdateDataPackageMutation, mutationOpts);
  const form = useForm({
    initialValues: {
      name: pkg?.name ?? '',
      downloadKbps: (pkg ? pkg.downloadKbps / 1000 : '') as number | string,
      uploadKbps: (pkg ? pkg.uploadKbps / 1000 : '') as number | string,
      dataCapBytes: (pkg?.dataCapBytes ? pkg.dataCapBytes / 1e9 : '') as number | string,
      monthlyPriceCents: (pkg ? pkg.monthlyPriceCents / 100 : '') as number | string,
      vatTreatment: (pkg?.vatTreatment ?? 'STANDARD') as VatTreatment,
      active: pkg?.active ?? true,
      overageBilled: pkg?.overageBilled ?? false,
      overageCentsPerGb: (pkg?.overageCentsPerGb != null ? pkg.overageCentsPerGb / 100 : '') as number | string,
    },
    validate: {
      name: required('Give the package a name'),
      downloadKbps: positive('Download speed'),
      uploadKbps: positive('Upload speed'),
      monthlyPriceCents: (v) => (num(v) !== null && num(v)! >= 0 ? null : 'Enter the monthly price'),
      overageCentsPerGb: (v, values) => (values.overageBilled && num(v) === null ? 'Give the price per GB when overage is billed' : null),
    },
  });
  const { onSubmit, formError, formRef } = useFormSubmit(form, FIELDS, async (v) => {
    const cap = num(v.dataCapBytes);
    const overage = num(v.overageCentsPerGb);
    const fields = {
      name: v.name.trim(),
      downloadKbps: Math.round(num(v.downloadKbps)! * 1000),
      uploadKbps: Math.round(num(v.uploadKbps)! * 1000),
      dataCapBytes: cap === null ? null : Math.round(cap * 1e9),
      monthlyPriceCents: Math.round(num(v.monthlyPriceCents)! * 100),
      vatTreatment: v.vatTreatment,
      active: v.active,
      overageBilled: v.overageBilled,
      overageCentsPerGb: overage === null ? null : Math.round(overage * 100),
    };
    if (pkg) await update({ variables: { input: { id: pkg.id, expectedVersion: pkg.version, ...fields } } });
    else await create({ variables: { input: fields } });
    onDone();
  });
  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <TextInput label="Name" placeholder="e.g. Home Fibre 50/25" withAsterisk data-autofocus maxLength={80} {...form.getInputProps('name')} />
        <SimpleGrid cols={2} spacing="sm">
          <NumberInput label="Download (Mbit/s)" withAsterisk min={0} decimalScale={3} {...form.getInputProps('downloadKbps')} />
          <NumberInput label="Upload (Mbit/s)" withAsterisk min={0} decimalScale={3} {...form.getInputProps('uploadKbps')} />
          <NumberInput label="Data cap (GB a month)" description="Blank: uncapped" min={0} decimalScale={3} {...form.getInputProps('dataCapBytes')} />
          <NumberInput label="Monthly price" withAsterisk min={0} decimalScale={2} fixedDecimalScale {...form.getInputProps('monthlyPriceCents')} />
          <Select label="VAT" data={VAT.map((v) => ({ value: v, label: humanize(v) }))} allowDeselect={false} {...form.getInputProps('vatTreatment')} />
          <NumberInput label="Overage price per GB" description="Billed above the cap when ticked below" min={0} decimalScale={2} fixedDecimalScale {...form.getInputProps('overageCentsPerGb')} />
        </SimpleGrid>
        <Group>
          <Checkbox label="Bill usage above the cap" {...form.getInputProps('overageBilled', { type: 'checkbox' })} />
          <Checkbox label="Offered (active)" {...form.getInputProps('active', { type: 'checkbox' })} />
        </Group>
        <FormActions error={formError} fieldErrors={form.errors} onCancel={onDone} submit={pkg ? 'Save package' : 'Add package'} loading={createState.loading || updateState.loading} />
      </Stack>
    </form>
  );
}
