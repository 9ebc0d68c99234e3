'use client';

import { useState, type ReactNode } from 'react';
import { Button, Divider, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { WidgetActions } from '@/profile/WidgetActions';
import { IconEdit } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '@/gql';
import { Can } from '@/auth/Can';
import { useMe } from '@/auth/MeContext';
import { StatusBadge } from '@/components/StatusBadge';
import { formatDate, formatPostal, humanize } from '@/lib/format';
import { AccountDetailsWidgetFragment } from './fragment';
import { EditAccountDetailsForm } from './EditAccountDetailsForm';
import { ContactsSection } from './ContactsSection';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text size="sm" component="div">{children || '—'}</Text>
    </div>
  );
}

/** Account details (seed 000 §3.1): who the customer is, where, how to reach them; contacts below. */
export function AccountDetailsWidget({ customer }: { customer: FragmentType<typeof AccountDetailsWidgetFragment> }) {
  const c = getFragmentData(AccountDetailsWidgetFragment, customer);
  const d = c.accountDetails;
  const [editing, setEditing] = useState(false);
  // Staff names are internal: the API answers null for reseller users, and the row is not drawn.
  const internal = useMe().me.reseller === null;
  // null without an error: nothing to show (an error is drawn by the card instead).
  if (!d) return <Text c="dimmed" size="sm">No account details.</Text>;
  const location = d.latitude != null && d.longitude != null ? `${d.latitude.toFixed(5)}, ${d.longitude.toFixed(5)}` : null;
  return (
    <Stack gap="md">
      <Can permission="accountDetails:write">
        <WidgetActions>
          <Button size="xs" variant="light" leftSection={<IconEdit size={14} />} onClick={() => setEditing(true)}>
            Edit details
          </Button>
        </WidgetActions>
      </Can>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" verticalSpacing="sm">
        <Field label="Name">{d.name}</Field>
        <Field label="Company">{d.companyName}</Field>
        <Field label="Account number">{d.accountNumber}</Field>
        <Field label="Status"><StatusBadge status={d.status} /></Field>
        <Field label="Customer type">{humanize(d.customerType)}</Field>
        <Field label="Customer group">{d.customerGroup}</Field>
        <Field label="Joined">{formatDate(d.joinedAt)}</Field>
        <Field label="VAT number">{d.vatNumber}</Field>
        <Field label="Phone">{d.phone}</Field>
        <Field label="Mobile">{d.mobile}</Field>
        <Field label="Email addresses">{d.emails.join(', ')}</Field>
        {internal && <Field label="Account manager">{d.accountManager?.name}</Field>}
        <Field label="Physical address">{formatPostal(d.physicalAddress)}</Field>
        <Field label="Postal address">{formatPostal(d.postalAddress)}</Field>
        <Field label="Location">{location}</Field>
        <Field label="Reseller">{d.reseller?.name}</Field>
      </SimpleGrid>
      <Divider />
      <ContactsSection customerId={c.id} contacts={c.contacts ?? []} />
      <Modal opened={editing} onClose={() => setEditing(false)} title="Edit account details" size="xl">
        {editing && <EditAccountDetailsForm customerId={c.id} details={d} onDone={() => setEditing(false)} />}
      </Modal>
    </Stack>
  );
}
