'use client';

import { useState } from 'react';
import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { getFragmentData, type FragmentType } from '@/gql';
import type { AddressesWidget_CustomerFragment } from '@/gql/graphql';
import { Can } from '@/auth/Can';
import { ConfirmButton } from '@/components/ConfirmButton';
import { WidgetActions } from '@/profile/WidgetActions';
import { describeError } from '@/lib/graphqlErrors';
import { formatPostal, humanize } from '@/lib/format';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { AddressesWidgetFragment } from './fragment';
import { RemoveAddressMutation } from './mutations';
import { AddressForm } from './AddressForm';

type Address = NonNullable<AddressesWidget_CustomerFragment['addresses']>[number];

/** Additional addresses (seed 000 §3.19): home, business and installation sites. */
export function AddressesWidget({ customer }: { customer: FragmentType<typeof AddressesWidgetFragment> }) {
  const c = getFragmentData(AddressesWidgetFragment, customer);
  const addresses = c.addresses ?? [];
  // undefined: closed; null: adding; an address: editing it.
  const [editing, setEditing] = useState<Address | null | undefined>(undefined);
  return (
    <Stack gap="sm">
      <Can permission="addresses:write">
        <WidgetActions>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing(null)}>
            Add address
          </Button>
        </WidgetActions>
      </Can>
      {addresses.length === 0 ? (
        <Text c="dimmed" size="sm">No additional addresses.</Text>
      ) : (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Label</Table.Th>
              <Table.Th>Address</Table.Th>
              <Can permission="addresses:write"><Table.Th aria-label="Actions" /></Can>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {addresses.map((a) => (
              <Table.Tr key={a.id} data-testid="address">
                <Table.Td miw={150}>
                  <Text size="sm" fw={500}>{a.label}</Text>
                  <Badge size="xs" variant="light" color="blue">{humanize(a.kind)}</Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatPostal(a.address) || '—'}</Text>
                  {a.notes && <Text size="xs" c="dimmed">{a.notes}</Text>}
                </Table.Td>
                <Can permission="addresses:write">
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="compact-xs" variant="subtle" leftSection={<IconEdit size={14} />} onClick={() => setEditing(a)}>
                        Edit
                      </Button>
                      <RemoveAddress address={a} />
                    </Group>
                  </Table.Td>
                </Can>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? `Edit ${editing.label}` : 'Add address'}
        size="lg"
      >
        {editing !== undefined && (
          <AddressForm customerId={c.id} address={editing ?? undefined} onDone={() => setEditing(undefined)} />
        )}
      </Modal>
    </Stack>
  );
}

function RemoveAddress({ address }: { address: Address }) {
  const [remove, { loading }] = useProfileMutation(RemoveAddressMutation);
  return (
    <ConfirmButton
      label="Remove"
      icon={<IconTrash size={14} />}
      question={`Remove the address "${address.label}"?`}
      loading={loading}
      onConfirm={async () => {
        try {
          await remove({ variables: { id: address.id } });
        } catch (error) {
          notifications.show({ color: 'red', title: 'Address not removed', message: describeError(error) });
        }
      }}
    />
  );
}
