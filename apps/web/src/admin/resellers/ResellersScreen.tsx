'use client';

import { ActionIcon, Alert, Button, Code, CopyButton, Group, Loader, Paper, Table, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { RecordModal, useRecordModal } from '@/components/RecordModal';
import { RecordsTable } from '@/components/RecordsTable';
import { describeError } from '@/lib/graphqlErrors';
import { formatDate } from '@/lib/format';
import { CreateResellerForm } from './CreateResellerForm';
import { ResellersQuery } from './documents';

/** The id and a button that copies it (API calls such as createApiToken take reseller ids). */
function CopyableId({ id }: { id: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Code data-testid="reseller-id">{id}</Code>
      <CopyButton value={id}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy id'} withArrow>
            <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label="Copy id">
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/** Partner resellers: their users and API tokens reach only the customers assigned to them. */
export function ResellersScreen() {
  const { data, loading, error } = useQuery(ResellersQuery);
  const create = useRecordModal<never>();
  return (
    <>
      <Group justify="space-between" mb="md" align="flex-end">
        <Text size="sm" c="dimmed" maw={720}>
          A reseller&apos;s users and API tokens see only the customers assigned to it. Use the id in API calls,
          e.g. <Code>createApiToken(input: {'{'} role: &quot;reseller&quot;, resellerId: &quot;…&quot; {'}'})</Code>.
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={create.add}>Add reseller</Button>
      </Group>
      {error && <Alert color="red" mb="md" title="Could not load resellers">{describeError(error)}</Alert>}
      <Paper withBorder radius="md" p="sm">
        {loading && !data ? (
          <Loader size="sm" aria-label="Loading resellers" />
        ) : (
          <RecordsTable
            records={data?.resellers ?? []}
            empty="No resellers yet."
            columns={['Name', 'Id', 'Added']}
            rowTestId="reseller-row"
            permission="admin:roles"
            cells={(r) => (
              <>
                <Table.Td><Text size="sm" fw={500}>{r.name}</Text></Table.Td>
                <Table.Td><CopyableId id={r.id} /></Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.createdAt)}</Table.Td>
              </>
            )}
          />
        )}
      </Paper>
      <RecordModal modal={create} title={() => 'Add reseller'}>
        {(_, done) => <CreateResellerForm onDone={done} />}
      </RecordModal>
    </>
  );
}
