'use client';

import { useState } from 'react';
import { Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import type { AccountDetailsWidget_CustomerFragment } from '@/gql/graphql';
import { Can } from '@/auth/Can';
import { ConfirmButton } from '@/components/ConfirmButton';
import { describeError } from '@/lib/graphqlErrors';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { RemoveContactMutation } from './mutations';
import { ContactForm } from './ContactForm';

type Contact = NonNullable<AccountDetailsWidget_CustomerFragment['contacts']>[number];

/** The contact persons listed under the account details (seed 000 §3.1). */
export function ContactsSection({ customerId, contacts }: { customerId: string; contacts: readonly Contact[] }) {
  const [editing, setEditing] = useState<Contact | null | undefined>(undefined);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4} size="h5">Contacts</Title>
        <Can permission="accountDetails:write">
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing(null)}>
            Add contact
          </Button>
        </Can>
      </Group>
      {contacts.length === 0 ? (
        <Text c="dimmed" size="sm">No contact persons.</Text>
      ) : (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Phone</Table.Th>
              <Table.Th>Email</Table.Th>
              <Can permission="accountDetails:write"><Table.Th aria-label="Actions" /></Can>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contacts.map((ct) => (
              <Table.Tr key={ct.id} data-testid="contact">
                <Table.Td>
                  <Group gap={6}>
                    <Text size="sm">{ct.name}</Text>
                    {ct.isPrimary && <Badge size="xs" variant="light">Primary</Badge>}
                  </Group>
                </Table.Td>
                <Table.Td><Text size="sm">{ct.role ?? '—'}</Text></Table.Td>
                <Table.Td><Text size="sm">{ct.phone ?? '—'}</Text></Table.Td>
                <Table.Td><Text size="sm">{ct.email ?? '—'}</Text></Table.Td>
                <Can permission="accountDetails:write">
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="compact-xs" variant="subtle" leftSection={<IconEdit size={14} />} onClick={() => setEditing(ct)}>
                        Edit
                      </Button>
                      <RemoveContact contact={ct} />
                    </Group>
                  </Table.Td>
                </Can>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={editing !== undefined} onClose={() => setEditing(undefined)} title={editing ? `Edit ${editing.name}` : 'Add contact'} size="lg">
        {editing !== undefined && <ContactForm customerId={customerId} contact={editing ?? undefined} onDone={() => setEditing(undefined)} />}
      </Modal>
    </Stack>
  );
}

function RemoveContact({ contact }: { contact: Contact }) {
  const [remove, { loading }] = useProfileMutation(RemoveContactMutation);
  return (
    <ConfirmButton
      label="Remove"
      icon={<IconTrash size={14} />}
      question={`Remove the contact ${contact.name}?`}
      loading={loading}
      onConfirm={async () => {
        try {
          await remove({ variables: { id: contact.id } });
        } catch (error) {
          notifications.show({ color: 'red', title: 'Contact not removed', message: describeError(error) });
        }
      }}
    />
  );
}
