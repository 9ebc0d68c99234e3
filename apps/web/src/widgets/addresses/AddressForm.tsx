'use client';

import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { COORDINATES, LIMITS } from '@sightline/access';
import type { AddressKind, AddressesWidget_CustomerFragment } from '@/gql/graphql';
import { CoordinateInputs } from '@/components/CoordinateInputs';
import { FormActions } from '@/components/FormActions';
import { PostalAddressFields, postalToValues, valuesToPostal, POSTAL_KEYS } from '@/components/PostalAddressFields';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { humanize } from '@/lib/format';
import { between, required } from '@/lib/validation';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { AddAddressMutation, UpdateAddressMutation } from './mutations';

type Address = NonNullable<AddressesWidget_CustomerFragment['addresses']>[number];

const KINDS: AddressKind[] = ['HOME', 'BUSINESS', 'INSTALLATION', 'BILLING', 'OTHER'];
const FIELDS = ['label', 'kind', 'notes', 'latitude', 'longitude', ...POSTAL_KEYS.map((k) => `address.${k}`)];

const toNumber = (v: number | string) => (v === '' || v === null ? null : Number(v));

/** Adds an address to a customer, or edits one (with the version it was read at). */
export function AddressForm({ customerId, address, onDone }: {
  customerId: string;
  address?: Address;
  onDone: () => void;
}) {
  const [addAddress, addState] = useProfileMutation(AddAddressMutation);
  const [updateAddress, updateState] = useProfileMutation(UpdateAddressMutation);
  const form = useForm({
    initialValues: {
      label: address?.label ?? '',
      kind: (address?.kind ?? 'INSTALLATION') as AddressKind,
      address: postalToValues(address?.address),
      latitude: (address?.latitude ?? '') as number | string,
      longitude: (address?.longitude ?? '') as number | string,
      notes: address?.notes ?? '',
    },
    validate: {
      label: required('Give the address a label'),
      latitude: between(COORDINATES.latitude, 'Latitude'),
      longitude: between(COORDINATES.longitude, 'Longitude'),
    },
  });

  const { onSubmit, formError, formRef } = useFormSubmit(form, FIELDS, async (v) => {
    const fields = {
      label: v.label.trim(),
      kind: v.kind,
      address: valuesToPostal(v.address),
      latitude: toNumber(v.latitude),
      longitude: toNumber(v.longitude),
      notes: v.notes.trim() || null,
    };
    if (address) await updateAddress({ variables: { input: { id: address.id, expectedVersion: address.version, ...fields } } });
    else await addAddress({ variables: { input: { customerId, ...fields } } });
    onDone();
  });

  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Label" placeholder="e.g. Farm tower site" withAsterisk data-autofocus maxLength={LIMITS.address.label} {...form.getInputProps('label')} />
          <Select label="Kind" data={KINDS.map((k) => ({ value: k, label: humanize(k) }))} allowDeselect={false} {...form.getInputProps('kind')} />
        </SimpleGrid>
        <PostalAddressFields form={form} prefix="address" legend="Address" />
        <CoordinateInputs form={form} />
        <Textarea label="Notes" autosize minRows={2} maxLength={LIMITS.address.notes} {...form.getInputProps('notes')} />
        <FormActions error={formError} fieldErrors={form.errors} onCancel={onDone} submit={address ? 'Save address' : 'Add address'} loading={addState.loading || updateState.loading} />
      </Stack>
    </form>
  );
}
