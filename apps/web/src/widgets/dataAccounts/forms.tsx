'use client';

import { NumberInput, PasswordInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@apollo/client/react';
import { useMe } from '@/auth/MeContext';
import { FormActions } from '@/components/FormActions';
import { errorCodeOf, graphQLErrorsOf } from '@/lib/graphqlErrors';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { required } from '@/lib/validation';
import { useProfileMutation } from '@/profile/useProfileMutation';
import {
  AddDataAccountMutation,
  ChangeDataAccountPackageMutation,
  InstallationSitesQuery,
  OfferedPackagesQuery,
  SetDataAccountPasswordMutation,
  UpdateDataAccountMutation,
} from './documents';
import { formatCap, formatSpeeds } from './format';

// The limits the API checks (data-account.inputs.ts), so the form refuses the same things.
export const ACCOUNT_FORM_LIMITS = { username: 64, password: { min: 8, max: 64 }, notes: 1000, reason: 500 } as const;
const USERNAME = /^[a-z0-9][a-z0-9._@-]{2,63}$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * A username or static IP already in use comes back as CONFLICT naming the field: shown under
 * that input (the shared form error would read it as someone else's edit and offer a reload).
 * Returns false when the error is something else, for the caller to rethrow.
 */
function placeClash(error: unknown, setFieldError: (field: string, message: string) => void): boolean {
  const clash = graphQLErrorsOf(error).find((e) => errorCodeOf(e) === 'CONFLICT' && (e.extensions?.field === 'username' || e.extensions?.field === 'staticIp'));
  if (!clash) return false;
  setFieldError(clash.extensions!.field as string, clash.extensions!.field === 'username' ? 'This username is already taken' : 'This static IP is already in use');
  return true;
}

const toCents = (v: number | string) => (v === '' || v === null ? null : Math.round(Number(v) * 100));
const fromCents = (c: number | null | undefined) => (c === null || c === undefined ? '' : c / 100);

function usePackageOptions(customerId: string, exceptId?: string) {
  const { data, loading, error } = useQuery(OfferedPackagesQuery, { variables: { customerId } });
  const options = (data?.offeredDataPackages ?? [])
    .filter((p) => p.id !== exceptId)
    .map((p) => ({ value: p.id, label: `${p.name} — ${formatSpeeds(p)}, ${formatCap(p.dataCapBytes)}` }));
  return { options, loading, error };
}

function useAddressOptions(customerId: string) {
  const { can } = useMe();
  const { data } = useQuery(InstallationSitesQuery, { variables: { id: customerId }, skip: !can('addresses:read') });
  return (data?.customer?.addresses ?? []).map((a) => ({ value: a.id, label: a.label }));
}

const usernameCheck = (v: string) =>
  USERNAME.test(v.trim().toLowerCase()) ? null : 'Username must be 3 to 64 characters: letters, digits and . _ @ - (starting with a letter or digit)';
const passwordCheck = (v: string) =>
  v === '' || (v.length >= ACCOUNT_FORM_LIMITS.password.min && v.length <= ACCOUNT_FORM_LIMITS.password.max && /^[\x21-\x7e]+$/.test(v))
    ? null
    : `Password must be ${ACCOUNT_FORM_LIMITS.password.min} to ${ACCOUNT_FORM_LIMITS.password.max} characters, without spaces or accents`;
const ipCheck = (v: string) => (v.trim() === '' || IPV4.test(v.trim()) ? null : 'Static IP must be an IPv4 address like 10.20.30.40');

/** Adds a data account; a generated password comes back once, for `onPassword` to show. */
export function AddDataAccountForm({ customerId, onDone, onPassword }: {
  customerId: string;
  onDone: () => void;
  onPassword: (username: string, password: string) => void;
}) {
  const packages = usePackageOptions(customerId);
  const addresses = useAddressOptions(customerId);
  const [add, { loading }] = useProfileMutation(AddDataAccountMutation);
  const form = useForm({
    initialValues: { username: '', packageId: '', password: '', startDate: '', staticIp: '', addressId: '', notes: '', customPriceCents: '' as number | string },
    validate: { username: usernameCheck, packageId: required('Choose a package'), password: passwordCheck, staticIp: ipCheck },
  });
  const { onSubmit, formError, formRef } = useFormSubmit(form, Object.keys(form.values), async (v) => {
    const result = await add({
      variables: {
        input: {
          customerId,
          username: v.username.trim().toLowerCase(),
          packageId: v.packageId,
          password: v.password || null,
          startDate: v.startDate || null,
          staticIp: v.staticIp.trim() || null,
          addressId: v.addressId || null,
          notes: v.notes.trim() || null,
          customPriceCents: toCents(v.customPriceCents),
        },
      },
    }).catch((error) => {
      if (placeClash(error, form.setFieldError)) return null;
      throw error;
    });
    if (!result) return;
    const made = result.data!.addDataAccount;
    if (made.password) onPassword(made.account.username, made.password);
    else onDone();
  });
  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Username" description="The RADIUS / PPPoE login" placeholder="thabo@wisp.co.za" withAsterisk data-autofocus maxLength={ACCOUNT_FORM_LIMITS.username} {...form.getInputProps('username')} />
          <PasswordInput label="Password" description="Leave blank to generate one" maxLength={ACCOUNT_FORM_LIMITS.password.max} {...form.getInputProps('password')} />
        </SimpleGrid>
        <Select label="Package" withAsterisk searchable data={packages.options} placeholder={packages.loading ? 'Loading packages…' : 'Choose a package'} error={packages.error ? 'Could not load the packages' : undefined} {...form.getInputProps('packageId')} />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Start date" type="date" description="Blank: today" {...form.getInputProps('startDate')} />
          <TextInput label="Static IP" placeholder="Optional, e.g. 100.64.10.2" {...form.getInputProps('staticIp')} />
        </SimpleGrid>
        {addresses.length > 0 && <Select label="Installed at" clearable data={addresses} placeholder="One of the customer’s addresses" {...form.getInputProps('addressId')} />}
        <NumberInput label="Custom monthly price" description="Blank: the package price" min={0} decimalScale={2} fixedDecimalScale {...form.getInputProps('customPriceCents')} />
        <Textarea label="Notes" autosize minRows={2} maxLength={ACCOUNT_FORM_LIMITS.notes} {...form.getInputProps('notes')} />
        <FormActions error={formError} fieldErrors={form.errors} onCancel={onDone} submit="Add data account" loading={loading} />
      </Stack>
    </form>
  );
}

export interface AccountRef {
  id: string;
  username: string;
  version: number;
  staticIp?: string | null;
  notes?: string | null;
  customPriceCents?: number | null;
  installationAddress?: { id: string } | null;
  package: { id: string; name: string };
}

/** Moves the account to another package now (the untracked way; package changes schedule it). */
export function ChangePackageForm({ customerId, account, onDone }: { customerId: string; account: AccountRef; onDone: () => void }) {
  const packages = usePackageOptions(customerId, account.package.id);
  const [change, { loading }] = useProfileMutation(ChangeDataAccountPackageMutation);
  const form = useForm({ initialValues: { packageId: '' }, validate: { packageId: required('Choose a package') } });
  const { onSubmit, formError, formRef } = useFormSubmit(form, ['packageId'], async (v) => {
    await change({ variables: { id: account.id, packageId: v.packageId } });
    onDone();
  });
  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <Text size="sm">Now on <b>{account.package.name}</b>. The new speed applies from the next session; RADIUS has it at once.</Text>
        <Select label="New package" withAsterisk searchable data={packages.options} data-autofocus placeholder={packages.loading ? 'Loading packages…' : 'Choose a package'} {...form.getInputProps('packageId')} />
        <FormActions error={formError} fieldErrors={form.errors} onCancel={onDone} submit="Change package now" loading={loading} />
      </Stack>
    </form>
  );
}

/** Static IP, installation address, notes and custom price, with the version it was read at. */
export function EditDataAccountForm({ customerId, account, onDone }: { customerId: string; account: AccountRef; onDone: () => void }) {
  const [update, { loading }] = useProfileMutation(UpdateDataAccountMutation);
  const addresses = useAddressOptions(customerId);
  const form = useForm({
    initialValues: {
      staticIp: account.staticIp ?? '',
      addressId: account.installationAddress?.id ?? '',
      notes: account.notes ?? '',
      customPriceCents: fromCents(account.customPriceCents) as number | string,
    },
    validate: { staticIp: ipCheck },
  });
  const { onSubmit, formError, formRef } = useFormSubmit(form, ['staticIp', 'addressId', 'notes', 'customPriceCents'], async (v) => {
    const result = await update({
      variables: {
        input: {
          id: account.id,
          expectedVersion: account.version,
          staticIp: v.staticIp.trim() || null,
          // Without addresses:read the agent cannot see the choice, so it is left as it is.
          addressId: addresses.length ? v.addressId || null : undefined,
          notes: v.notes.trim() || null,
          customPriceCents: toCents(v.customPriceCents),
        },
      },
    }).catch((error) => {
      if (placeClash(error, form.setFieldError)) return null;
      throw error;
    });
    if (result) onDone();
  });
  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <TextInput label="Static IP" placeholder="Blank: none" data-autofocus {...form.getInputProps('staticIp')} />
        {addresses.length > 0 && <Select label="Installed at" clearable data={addresses} placeholder="One of the customer’s addresses" {...form.getInputProps('addressId')} />}
        <NumberInput label="Custom monthly price" description="Blank: the package price" min={0} decimalScale={2} fixedDecimalScale {...form.getInputProps('customPriceCents')} />
        <Textarea label="Notes" autosize minRows={2} maxLength={ACCOUNT_FORM_LIMITS.notes} {...form.getInputProps('notes')} />
        <FormActions error={formError} fieldErrors={form.errors} onCancel={onDone} submit="Save" loading={loading} />
      </Stack>
    </form>
  );
}

/** Sets the password the customer's router already has. */
export function SetPasswordForm({ account, onDone }: { account: AccountRef; onDone: () => void }) {
  const [set, { loading }] = useProfileMutation(SetDataAccountPasswordMutation);
  const form = useForm({ initialValues: { password: '' }, validate: { password: (v) => (v ? passwordCheck(v) : 'Enter the new password') } });
  const { onSubmit, formError, formRef } = useFormSubmit(form, ['password'], async (v) => {
    await set({ variables: { id: account.id, password: v.password } });
    onDone();
  });
  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <PasswordInput label="New password" withAsterisk data-autofocus maxLength={ACCOUNT_FORM_LIMITS.password.max} {...form.getInputProps('password')} />
        <FormActions error={formError} fieldErrors={form.errors} onCancel={onDone} submit="Set password" loading={loading} />
      </Stack>
    </form>
  );
}

/**
 * The reason every suspend, unsuspend and cancel needs (and the end date of a cancel), then
 * `run`. The API refuses an empty reason too.
 */
export function ReasonForm({ intro, submit, color, withEndDate, run, onDone }: {
  intro: string;
  submit: string;
  color?: string;
  withEndDate?: boolean;
  run: (reason: string, endDate: string | null) => Promise<unknown>;
  onDone: () => void;
}) {
  const form = useForm({
    initialValues: { reason: '', endDate: '' },
    validate: { reason: required('Give a reason') },
  });
  const { onSubmit, formError, formRef } = useFormSubmit(form, ['reason', 'endDate'], async (v) => {
    await run(v.reason.trim(), v.endDate || null);
    onDone();
  });
  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <Text size="sm">{intro}</Text>
        <Textarea label="Reason" withAsterisk autosize minRows={2} data-autofocus maxLength={ACCOUNT_FORM_LIMITS.reason} {...form.getInputProps('reason')} />
        {withEndDate && <TextInput label="End date" type="date" description="Blank: today" {...form.getInputProps('endDate')} />}
        <FormActions error={formError} fieldErrors={form.errors} onCancel={onDone} submit={submit} color={color} loading={form.submitting} />
      </Stack>
    </form>
  );
}
