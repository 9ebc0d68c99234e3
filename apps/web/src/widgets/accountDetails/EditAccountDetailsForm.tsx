'use client';

import { Button, Divider, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AccountDetailsWidget_CustomerFragment, CustomerType } from '@/gql/graphql';
import { FormError } from '@/components/FormError';
import { PostalAddressFields, postalToValues, valuesToPostal, POSTAL_KEYS } from '@/components/PostalAddressFields';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { UpdateAccountDetailsMutation } from './mutations';

type Details = NonNullable<AccountDetailsWidget_CustomerFragment['accountDetails']>;

const FIELDS = [
  'name', 'companyName', 'customerType', 'customerGroup', 'emails', 'phone', 'mobile', 'vatNumber', 'latitude', 'longitude',
  ...POSTAL_KEYS.map((k) => `physicalAddress.${k}`),
  ...POSTAL_KEYS.map((k) => `postalAddress.${k}`),
];

const blankToNull = (v: string) => v.trim() || null;
const toNumber = (v: number | string) => (v === '' || v === null ? null : Number(v));

/** Splits the comma-separated email field (seed 004: several addresses, bills go to all). */
export function parseEmails(value: string): string[] {
  return value.split(/[,;\s]+/).map((e) => e.trim()).filter(Boolean);
}

/** Edits the account details, guarded by the version they were read at (stale -> CONFLICT). */
export function EditAccountDetailsForm({ customerId, details, onDone }: {
  customerId: string;
  details: Details;
  onDone: () => void;
}) {
  const [update, { loading }] = useProfileMutation(UpdateAccountDetailsMutation);
  const form = useForm({
    initialValues: {
      name: details.name,
      companyName: details.companyName ?? '',
      customerType: details.customerType as CustomerType,
      customerGroup: details.customerGroup ?? '',
      emails: details.emails.join(', '),
      phone: details.phone ?? '',
      mobile: details.mobile ?? '',
      vatNumber: details.vatNumber ?? '',
      physicalAddress: postalToValues(details.physicalAddress),
      postalAddress: postalToValues(details.postalAddress),
      latitude: (details.latitude ?? '') as number | string,
      longitude: (details.longitude ?? '') as number | string,
    },
    validate: {
      name: (v) => (v.trim() ? null : 'The customer needs a name'),
      emails: (v) => (parseEmails(v).every((e) => /^[^@\s]+@[^@\s]+$/.test(e)) ? null : 'Separate email addresses with commas'),
    },
  });

  const { onSubmit, formError } = useFormSubmit(form, FIELDS, async (v) => {
    await update({
      variables: {
        input: {
          customerId,
          expectedVersion: details.version,
          name: v.name.trim(),
          companyName: blankToNull(v.companyName),
          customerType: v.customerType,
          customerGroup: blankToNull(v.customerGroup),
          emails: parseEmails(v.emails),
          phone: blankToNull(v.phone),
          mobile: blankToNull(v.mobile),
          vatNumber: blankToNull(v.vatNumber),
          physicalAddress: valuesToPostal(v.physicalAddress),
          postalAddress: valuesToPostal(v.postalAddress),
          latitude: toNumber(v.latitude),
          longitude: toNumber(v.longitude),
        },
      },
    });
    onDone();
  });

  return (
    <form onSubmit={onSubmit}>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Name" withAsterisk data-autofocus {...form.getInputProps('name')} />
          <TextInput label="Company" {...form.getInputProps('companyName')} />
          <Select
            label="Customer type"
            data={[{ value: 'RESIDENTIAL', label: 'Residential' }, { value: 'BUSINESS', label: 'Business' }]}
            allowDeselect={false}
            {...form.getInputProps('customerType')}
          />
          <TextInput label="Customer group" {...form.getInputProps('customerGroup')} />
          <TextInput label="Phone" {...form.getInputProps('phone')} />
          <TextInput label="Mobile" {...form.getInputProps('mobile')} />
          <TextInput label="VAT number" {...form.getInputProps('vatNumber')} />
        </SimpleGrid>
        <TextInput
          label="Email addresses"
          description="Bills go to every address; separate them with commas"
          {...form.getInputProps('emails')}
        />
        <Divider label="Physical address" labelPosition="left" />
        <PostalAddressFields form={form} prefix="physicalAddress" legend="Physical address" />
        <Divider label="Postal address" labelPosition="left" />
        <PostalAddressFields form={form} prefix="postalAddress" legend="Postal address" />
        <Divider label="Location" labelPosition="left" />
        <SimpleGrid cols={2} spacing="sm">
          <NumberInput label="Latitude" decimalScale={6} min={-90} max={90} {...form.getInputProps('latitude')} />
          <NumberInput label="Longitude" decimalScale={6} min={-180} max={180} {...form.getInputProps('longitude')} />
        </SimpleGrid>
        <FormError error={formError} />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">Version {details.version}</Text>
          <Group>
            <Button variant="default" onClick={onDone}>Cancel</Button>
            <Button type="submit" loading={loading}>Save changes</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
