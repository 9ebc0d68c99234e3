'use client';

import { useState } from 'react';
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconClockExclamation } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { LoginMutation } from '@/auth/documents';
import { describeError, graphQLErrorsOf } from '@/lib/graphqlErrors';

export function LoginForm({ expired, next }: { expired: boolean; next: string }) {
  const [login, { loading }] = useMutation(LoginMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v.trim()) ? null : 'Enter your email address'),
      password: (v) => (v ? null : 'Enter your password'),
    },
  });

  const submit = form.onSubmit(async ({ email, password }) => {
    setFailure(null);
    try {
      await login({ variables: { email: email.trim(), password } });
      // A full page load: the new session cookie is in place and no cached data survives.
      window.location.assign(next);
    } catch (error) {
      const code = graphQLErrorsOf(error)[0]?.extensions?.code;
      setFailure(code === 'UNAUTHENTICATED' ? 'Wrong email or password.' : describeError(error));
    }
  });

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={400}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <div>
              <Title order={2}>Sightline</Title>
              <Text c="dimmed" size="sm">Sign in to manage customers</Text>
            </div>
            {expired && !failure && (
              <Alert color="yellow" icon={<IconClockExclamation size={18} />}>
                Your session has expired, please sign in again.
              </Alert>
            )}
            {failure && (
              <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
                {failure}
              </Alert>
            )}
            <TextInput label="Email" type="email" autoComplete="username" autoFocus {...form.getInputProps('email')} />
            <PasswordInput label="Password" autoComplete="current-password" {...form.getInputProps('password')} />
            <Button type="submit" loading={loading} fullWidth>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
