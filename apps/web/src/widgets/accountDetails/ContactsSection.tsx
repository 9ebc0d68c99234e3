'use client';

import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '@/gql';
import type { ContactFieldsFragment as Contact } from '@/gql/graphql';
import { Can } from '@/auth/Can';
import { RecordsTable } from '@/components/RecordsTable';
import { RecordModal, useRecordModal } from '@/components/RecordModal';
import { ContactFragment } from './fragment';
import { RemoveContactMutation } from './mutations';
import { ContactForm } from './ContactForm';

/** The contact persons listed under the account details (seed 000 §3.1). */
export function ContactsSection({ customerId, contacts: refs }: {
  customerId: string;
  contacts: readonly FragmentType<typeof ContactFragment>[];
}) {
  const contacts = getFragmentData(ContactFragment, refs);
  const modal = useRecordModal<Contact>();
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4} size="h5">Contacts</Title>
        <Can permission="accountDetails:write">
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={modal.add}>
            Add contact
          </Button>
        </Can>
      </Group>
      <RecordsTable
        records={contacts}
        empty="No contact persons."
        columns={['Name', 'Role', 'Phone', 'Email']}
        rowTestId="contact"
        permission="accountDetails:write"
        onEdit={modal.edit}
        remove={{
          mutation: RemoveContactMutation,
          question: (ct) => `Remove the contact ${ct.name}?`,
          failedTitle: 'Contact not removed',
        }}
        cells={(ct) => (
          <>
            <Table.Td>
              <Group gap={6}>
                <Text size="sm">{ct.name}</Text>
                {ct.isPrimary && <Badge size="xs" variant="light">Primary</Badge>}
              </Group>
            </Table.Td>
            <Table.Td><Text size="sm">{ct.role ?? '—'}</Text></Table.Td>
            <Table.Td><Text size="sm">{ct.phone ?? '—'}</Text></Table.Td>
            <Table.Td><Text size="sm">{ct.email ?? '—'}</Text></Table.Td>
          </>
        )}
      />
      <RecordModal modal={modal} title={(ct) => (ct ? `Edit ${ct.name}` : 'Add contact')}>
        {(ct, done) => <ContactForm customerId={customerId} contact={ct} onDone={done} />}
      </RecordModal>
    </Stack>
  );
}
