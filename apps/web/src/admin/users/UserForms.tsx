'use client';

import { useState } from 'react';
import { Alert, PasswordInput, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { FormActions } from '@/components/FormActions';
import { humanize } from '@/lib/format';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { PasswordLinkNotice } from '../PasswordLinkNotice';
import { RoleAndResellerFields, resellerFor, useAdminChoices } from '../RoleAndReseller';
import { AssignRoleMutation, CreateStaffUserMutation, ResetPasswordMutation, StaffUsersQuery } from './documents';

export interface UserRow {
  id: string;
  name: string;
  role: string;
}

type Issued = { name: string; link: { path: string; expiresAt: string } };

/** How the user gets their first (or a new) password. */
function PasswordChoice({ value, onChange, linkLabel }: { value: string; onChange: (v: string) => void; linkLabel: string }) {
  return (
    <SegmentedControl
      fullWidth
      value={value}
      onChange={onChange}
      data={[{ value: 'link', label: linkLabel }, { value: 'password', label: 'Set a password' }]}
    />
  );
}

/** Adds a user; without a password the answer is a one-time invite link, shown once. */
export function CreateUserForm({ onDone }: { onDone: () => void }) {
  const choices = useAdminChoices();
  const [create, { loading }] = useMutation(CreateStaffUserMutation, { refetchQueries: [StaffUsersQuery] });
  const [issued, setIssued] = useState<Issued | null>(null);
  const form = useForm({
    initialValues: { name: '', email: '', role: 'support', resellerId: null as string | null, access: 'link', password: '' },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter their name'),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter an email address'),
      password: (v, values) => (values.access === 'password' && v.length < 12 ? 'At least 12 characters' : null),
    },
  });
  const { onSubmit, formError } = useFormSubmit(form, ['name', 'email', 'role', 'resellerId', 'password'], async (v) => {
    const { data } = await create({
      variables: {
        input: {
          name: v.name.trim(),
          email: v.email.trim(),
          role: v.role,
          resellerId: resellerFor(v, choices),
          password: v.access === 'password' ? v.password : null,
        },
      },
    });
    const result = data!.createStaffUser;
    if (result.link) setIssued({ name: result.user.name, link: result.link });
    else {
      notifications.show({ color: 'teal', title: 'User added', message: `${result.user.name} can sign in with the password you set.` });
      onDone();
    }
  });

  if (issued) return <PasswordLinkNotice name={issued.name} link={issued.link} onDone={onDone} />;
  return (
    <form onSubmit={onSubmit}>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Name" withAsterisk data-autofocus {...form.getInputProps('name')} />
          <TextInput label="Email" type="email" withAsterisk {...form.getInputProps('email')} />
        </SimpleGrid>
        <RoleAndResellerFields form={form} choices={choices} />
        <PasswordChoice value={form.values.access} onChange={(v) => form.setFieldValue('access', v)} linkLabel="Send an invite link" />
        {form.values.access === 'password' && (
          <PasswordInput label="Initial password" description="At least 12 characters; tell them to change it" withAsterisk {...form.getInputProps('password')} />
        )}
        <FormActions error={formError} onCancel={onDone} submit={form.values.access === 'link' ? 'Add user and get link' : 'Add user'} loading={loading} />
      </Stack>
    </form>
  );
}

/** Gives a user another role; it applies on their next request. */
export function ChangeRoleForm({ user, onDone }: { user: UserRow; onDone: () => void }) {
  const choices = useAdminChoices();
  const [assign, { loading }] = useMutation(AssignRoleMutation);
  const form = useForm({ initialValues: { role: user.role } });
  const { onSubmit, formError } = useFormSubmit(form, ['role'], async ({ role }) => {
    await assign({ variables: { userId: user.id, role } });
    notifications.show({ color: 'teal', title: 'Role changed', message: `${user.name} is now ${humanize(role)}, from their next click.` });
    onDone();
  });
  return (
    <form onSubmit={onSubmit}>
      <Stack gap="sm">
        <Select
          label="Role"
          allowDeselect={false}
          data={choices.roles.map((r) => ({ value: r.name, label: humanize(r.name) }))}
          {...form.getInputProps('role')}
        />
        <FormActions error={formError} onCancel={onDone} submit="Change role" loading={loading} disabled={form.values.role === user.role} />
      </Stack>
    </form>
  );
}

/** Sets a new password or issues a one-time reset link; either way the user is signed out everywhere. */
export function ResetPasswordForm({ user, onDone }: { user: UserRow; onDone: () => void }) {
  const [reset, { loading }] = useMutation(ResetPasswordMutation);
  const [issued, setIssued] = useState<Issued | null>(null);
  const form = useForm({
    initialValues: { access: 'link', password: '' },
    validate: { password: (v, values) => (values.access === 'password' && v.length < 12 ? 'At least 12 characters' : null) },
  });
  const { onSubmit, formError } = useFormSubmit(form, ['password'], async (v) => {
    const { data } = await reset({ variables: { input: { userId: user.id, password: v.access === 'password' ? v.password : null } } });
    const link = data!.resetPassword.link;
    if (link) setIssued({ name: user.name, link });
    else {
      notifications.show({ color: 'teal', title: 'Password changed', message: `${user.name} was signed out and signs in with the new password.` });
      onDone();
    }
  });
  if (issued) return <PasswordLinkNotice name={issued.name} link={issued.link} onDone={onDone} />;
  return (
    <form onSubmit={onSubmit}>
      <Stack gap="sm">
        <Alert color="orange">{user.name} is signed out everywhere at once, and the current password stops working.</Alert>
        <PasswordChoice value={form.values.access} onChange={(v) => form.setFieldValue('access', v)} linkLabel="Issue a reset link" />
        {form.values.access === 'password' && (
          <PasswordInput label="New password" description="At least 12 characters" withAsterisk data-autofocus {...form.getInputProps('password')} />
        )}
        <FormActions error={formError} onCancel={onDone} submit="Reset password" loading={loading} color="orange" />
      </Stack>
    </form>
  );
}
