'use client';

import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '@/gql';
import type { AddressesWidget_CustomerFragment } from '@/gql/graphql';
import { Can } from '@/auth/Can';
import { RecordsTable } from '@/components/RecordsTable';
import { RecordModal, useRecordModal } from '@/components/RecordModal';
import { WidgetActions } from '@/profile/WidgetActions';
import { formatPostal, humanize } from '@/lib/format';
import { AddressesWidgetFragment } from './fragment';
import { RemoveAddressMutation } from './mutations';
import { AddressForm } from './AddressForm';

type Address = NonNullable<AddressesWidget_CustomerFragment['addresses']>[number];

/** Additional addresses (seed 000 §3.19): home, business and installation sites. */
export function AddressesWidget({ customer }: { customer: FragmentType<typeof AddressesWidgetFragment> }) {
  const c = getFragmentData(AddressesWidgetFragment, customer);
  const modal = useRecordModal<Address>();
  return (
    <Stack gap="sm">
      <Can permission="addresses:write">
        <WidgetActions>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={modal.add}>
            Add address
          </Button>
        </WidgetActions>
      </Can>
      <RecordsTable
        records={c.addresses ?? []}
        empty="No additional addresses."
        columns={['Label', 'Address']}
        rowTestId="address"
        permission="addresses:write"
        onEdit={modal.edit}
        remove={{
          mutation: RemoveAddressMutation,
          question: (a) => `Remove the address "${a.label}"?`,
          failedTitle: 'Address not removed',
        }}
        cells={(a) => (
          <>
            <Table.Td miw={150}>
              <Text size="sm" fw={500}>{a.label}</Text>
              <Badge size="xs" variant="light" color="blue">{humanize(a.kind)}</Badge>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{formatPostal(a.address) || '—'}</Text>
              {a.notes && <Text size="xs" c="dimmed">{a.notes}</Text>}
            </Table.Td>
          </>
        )}
      />
      <RecordModal modal={modal} title={(a) => (a ? `Edit ${a.label}` : 'Add address')}>
        {(a, done) => <AddressForm customerId={c.id} address={a} onDone={done} />}
      </RecordModal>
    </Stack>
  );
}
