'use client';

import type { ReactNode } from 'react';
import { Button, Group, Table, Text } from '@mantine/core';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import type { TypedDocumentNode } from '@apollo/client';
import type { Permission } from '@sightline/access';
import { Can } from '@/auth/Can';
import { describeError } from '@/lib/graphqlErrors';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { ConfirmButton } from './ConfirmButton';

/** How a row is removed: a `($id: ID!)` mutation, asked for once more, reported when it fails. */
export interface RemoveRecord<T, TData> {
  mutation: TypedDocumentNode<TData, { id: string }>;
  question: (record: T) => string;
  failedTitle: string;
}

/**
 * Records as a table (a customer's contacts and addresses, the admin lists). Holders of
 * `permission` get the row's `actions`, an Edit (handed to `onEdit`, usually a RecordModal)
 * and a confirmed Remove, for whichever of the three are given.
 */
export function RecordsTable<T extends { id: string }, TData>({ records, empty, columns, rowTestId, cells, permission, onEdit, remove, actions }: {
  records: readonly T[];
  empty: string;
  columns: readonly string[];
  rowTestId: string;
  /** One `Table.Td` per column. */
  cells: (record: T) => ReactNode;
  permission: Permission;
  onEdit?: (record: T) => void;
  remove?: RemoveRecord<T, TData>;
  /** Other row actions (buttons), drawn before Edit and Remove. */
  actions?: (record: T) => ReactNode;
}) {
  if (records.length === 0) return <Text c="dimmed" size="sm">{empty}</Text>;
  return (
    <Table verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          {columns.map((c) => <Table.Th key={c}>{c}</Table.Th>)}
          <Can permission={permission}><Table.Th aria-label="Actions" /></Can>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {records.map((record) => (
          <Table.Tr key={record.id} data-testid={rowTestId}>
            {cells(record)}
            <Can permission={permission}>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  {actions?.(record)}
                  {onEdit && (
                    <Button size="compact-xs" variant="subtle" leftSection={<IconEdit size={14} />} onClick={() => onEdit(record)}>
                      Edit
                    </Button>
                  )}
                  {remove && <RemoveButton record={record} remove={remove} />}
                </Group>
              </Table.Td>
            </Can>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function RemoveButton<T extends { id: string }, TData>({ record, remove }: { record: T; remove: RemoveRecord<T, TData> }) {
  const [run, { loading }] = useProfileMutation(remove.mutation);
  return (
    <ConfirmButton
      label="Remove"
      icon={<IconTrash size={14} />}
      question={remove.question(record)}
      loading={loading}
      onConfirm={async () => {
        try {
          await run({ variables: { id: record.id } });
        } catch (error) {
          notifications.show({ color: 'red', title: remove.failedTitle, message: describeError(error) });
        }
      }}
    />
  );
}
