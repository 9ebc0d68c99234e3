'use client';

import { Alert, Badge, Button, Group, Loader, Paper, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ApiTokensQuery as ApiTokensResult } from '@/gql/graphql';
import { ConfirmButton } from '@/components/ConfirmButton';
import { RecordModal, useRecordModal } from '@/components/RecordModal';
import { RecordsTable } from '@/components/RecordsTable';
import { NO_TRUNCATE } from '@/components/StatusBadge';
import { describeError } from '@/lib/graphqlErrors';
import { formatDate, formatDateTime, humanize } from '@/lib/format';
import { CreateApiTokenForm } from './CreateApiTokenForm';
import { ApiTokensQuery, RevokeApiTokenMutation } from './documents';

type Token = ApiTokensResult['apiTokens'][number];

const isExpired = (t: Token) => t.expiresAt !== null && new Date(t.expiresAt).getTime() <= Date.now();

function TokenStatus({ token }: { token: Token }) {
  const [color, label] = token.revokedAt ? ['red', `Revoked ${formatDate(token.revokedAt)}`] : isExpired(token) ? ['gray', 'Expired'] : ['teal', 'Active'];
  return <Badge color={color} variant="light" styles={NO_TRUNCATE}>{label}</Badge>;
}

function RevokeButton({ token }: { token: Token }) {
  const [revoke, { loading }] = useMutation(RevokeApiTokenMutation);
  if (token.revokedAt) return null;
  return (
    <ConfirmButton
      label="Revoke"
      question={`Revoke “${token.name}”? Everything using it is refused from the next request.`}
      loading={loading}
      onConfirm={async () => {
        try {
          await revoke({ variables: { id: token.id } });
        } catch (error) {
          notifications.show({ color: 'red', title: 'Token not revoked', message: describeError(error) });
        }
      }}
    />
  );
}

/** API tokens of partner resellers and reporting tools. Secrets are never shown here, only prefixes. */
export function ApiTokensScreen() {
  const { data, loading, error } = useQuery(ApiTokensQuery);
  const create = useRecordModal<never>();
  return (
    <>
      <Group justify="space-between" mb="md" align="flex-end">
        <Text size="sm" c="dimmed" maw={720}>
          Partners and reporting tools call the API with a token. A reseller token sees only that reseller&apos;s
          customers. The secret is shown once, when the token is made.
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={create.add}>Create token</Button>
      </Group>
      {error && <Alert color="red" mb="md" title="Could not load API tokens">{describeError(error)}</Alert>}
      <Paper withBorder radius="md" p="sm">
        {loading && !data ? (
          <Loader size="sm" aria-label="Loading API tokens" />
        ) : (
          <RecordsTable
            records={data?.apiTokens ?? []}
            empty="No API tokens yet."
            columns={['Name', 'Role', 'Reseller', 'Created', 'Last used', 'Expires', 'Status']}
            rowTestId="token-row"
            permission="admin:roles"
            cells={(t) => (
              <>
                <Table.Td>
                  <Text size="sm" fw={500}>{t.name}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">{t.prefix}…</Text>
                </Table.Td>
                <Table.Td>{humanize(t.role)}</Table.Td>
                <Table.Td>{t.reseller?.name ?? '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(t.createdAt)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{t.expiresAt ? formatDate(t.expiresAt) : 'Never'}</Table.Td>
                <Table.Td><TokenStatus token={t} /></Table.Td>
              </>
            )}
            actions={(t) => <RevokeButton token={t} />}
          />
        )}
      </Paper>
      <RecordModal modal={create} title={() => 'Create API token'}>
        {(_, done) => <CreateApiTokenForm onDone={done} />}
      </RecordModal>
    </>
  );
}
