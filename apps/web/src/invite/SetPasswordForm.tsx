'use client';

import { useState, type ReactNode } from 'react';
import Link from 'next/link';
import { Alert, Button, Center, Loader, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck, IconLinkOff } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormError } from '@/components/FormError';
import { describeError, errorCodeOf, graphQLErrorsOf } from '@/lib/graphqlErrors';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { PasswordLinkQuery, SetPasswordWithLinkMutation } from './documents';

/** Why a link cannot be used, in words for the person holding it. */
function linkProblem(error: unknown): string {
  const first = graphQLErrorsOf(error)[0];
  if (first && errorCodeOf(first) === 'NOT_FOUND') {
    return 'This link is not valid. It may have been replaced by a newer one; ask your administrator for a new link.';
  }
  return describeError(error);
}

function Frame({ children }: { children: ReactNode }) {
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={440}>{children}</Paper>
    </Center>
  );
}

/** The page a one-time invite or reset link opens: choose a password, then sign in. */
export function SetPasswordForm({ token }: { token: string }) {
  const link = useQuery(PasswordLinkQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [setPassword, { loading }] = useMutation(SetPasswordWithLinkMutation);
  const [done, setDone] = useState(false);
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: {
      password: (v) => (v.length >= 12 ? null : 'At least 12 characters'),
      repeat: (v, values) => (v === values.password ? null : 'The two passwords differ'),
    },
  });
  const { onSubmit, formError } = useFormSubmit(form, ['password', 'token'], async ({ password }) => {
    await setPassword({ variables: { input: { token, password } } });
    setDone(true);
  });

  if (link.loading) return <Frame><Loader aria-label="Loading" /></Frame>;
  if (link.error || !link.data) {
    return (
      <Frame>
        <Stack gap="md">
          <Title order={2}>Sightline</Title>
          <Alert color="red" icon={<IconLinkOff size={18} />} title="This link cannot be used" role="alert">
            {linkProblem(link.error)}
          </Alert>
          <Button component={Link} href="/login" variant="default">Go to sign in</Button>
        </Stack>
      </Frame>
    );
  }
  const { name, email, purpose } = link.data.passwordLink;
  if (done) {
    return (
      <Frame>
        <Stack gap="md">
          <Title order={2}>Password set</Title>
          <Alert color="teal" icon={<IconCircleCheck size={18} />}>
            Your password is set, {name}. Sign in with {email} and your new password.
          </Alert>
          <Button component={Link} href="/login">Sign in</Button>
        </Stack>
      </Frame>
    );
  }
  return (
    <Frame>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2}>{purpose === 'INVITE' ? `Welcome to Sightline, ${name}` : 'Choose a new password'}</Title>
            <Text c="dimmed" size="sm">
              {purpose === 'INVITE' ? 'Choose the password you will sign in with.' : `An administrator reset the password of ${name}.`}
            </Text>
          </div>
          <TextInput label="Email" value={email} readOnly autoComplete="username" />
          <PasswordInput label="New password" description="At least 12 characters" autoComplete="new-password" autoFocus {...form.getInputProps('password')} />
          <PasswordInput label="Repeat the password" autoComplete="new-password" {...form.getInputProps('repeat')} />
          <FormError error={formError} />
          <Button type="submit" loading={loading} fullWidth>Set password</Button>
        </Stack>
      </form>
    </Frame>
  );
}
