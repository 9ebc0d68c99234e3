'use client';

import { Divider, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { COORDINATES, LIMITS } from '@sightline/access';
import type { AccountDetailsWidget_CustomerFragment, CustomerType } from '@/gql/graphql';
import { FormActions } from '@/components/FormActions';
import { CoordinateInputs } from '@/components/CoordinateInputs';
import { PostalAddressFields, postalToValues, valuesToPostal, POSTAL_KEYS } from '@/components/PostalAddressFields';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { between, required } from '@/lib/validation';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { UpdateAccountDetailsMutation } from './mutations';

type Details = NonNullable<AccountDetailsWidget_CustomerFragment['accountDetails']>;

const FIELDS = [
  'name', 'companyName', 'customerType', 'customerGroup', 'emails', 'phone', 'mobile', 'vatNumber', 'latitude', 'longitude',
  ...POSTAL_KEYS.map((k) => `physicalAddress.${k}`),
  ...POSTAL_KEYS.map((k) => `postalAddress.${k}`),
];

const L = LIMITS.customer;
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
      name: required('The customer needs a name'),
      emails: (v) => {
        const emails = parseEmails(v);
        if (emails.length > L.emails) return `At most ${L.emails} email addresses`;
        return emails.every((e) => /^[^@\s]+@[^@\s]+$/.test(e)) ? null : 'Separate email addresses with commas';
      },
      latitude: between(COORDINATES.latitude, 'Latitude'),
      longitude: between(COORDINATES.longitude, 'Longitude'),
    },
  });

  const { onSubmit, formError, formRef } = useFormSubmit(form, FIELDS, async (v) => {
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

  // maxLength: the limits the API validates, so nothing typed here is refused for its length.
  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Name" withAsterisk data-autofocus maxLength={L.name} {...form.getInputProps('name')} />
          <TextInput label="Company" maxLength={L.companyName} {...form.getInputProps('companyName')} />
          <Select
            label="Customer type"
            data={[{ value: 'RESIDENTIAL', label: 'Residential' }, { value: 'BUSINESS', label: 'Business' }]}
            allowDeselect={false}
            {...form.getInputProps('customerType')}
          />
          <TextInput label="Customer group" maxLength={L.customerGroup} {...form.getInputProps('customerGroup')} />
          <TextInput label="Phone" type="tel" maxLength={L.phone} {...form.getInputProps('phone')} />
          <TextInput label="Mobile" type="tel" maxLength={L.phone} {...form.getInputProps('mobile')} />
          <TextInput label="VAT number" maxLength={L.vatNumber} {...form.getInputProps('vatNumber')} />
        </SimpleGrid>
        <TextInput
          label="Email addresses"
          description="Bills go to every address; separate them with commas"
          maxLength={L.emails * (L.email + 2)}
          {...form.getInputProps('emails')}
        />
        <Divider label="Physical address" labelPosition="left" />
        <PostalAddressFields form={form} prefix="physicalAddress" legend="Physical address" />
        <Divider label="Postal address" labelPosition="left" />
        <PostalAddressFields form={form} prefix="postalAddress" legend="Postal address" />
        <Divider label="Location" labelPosition="left" />
        <CoordinateInputs form={form} />
        <FormActions error={formError} fieldErrors={form.errors} onCancel={onDone} submit="Save changes" loading={loading} />
      </Stack>
    </form>
  );
}
