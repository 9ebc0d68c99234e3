'use client';

import { Alert, Badge, Button, Group, Loader, Paper, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Can } from '@/auth/Can';
import { RecordModal, useRecordModal } from '@/components/RecordModal';
import { RecordsTable } from '@/components/RecordsTable';
import { describeError } from '@/lib/graphqlErrors';
import { humanize } from '@/lib/format';
import { formatCap, formatSpeeds } from '@/widgets/dataAccounts/format';
import { CataloguePackagesQuery } from './documents';
import { PackageForm, type CataloguePackage } from './PackageForm';

/** Prices are in the currency of the customers who buy them (ZAR cents, GBP pence). */
const price = (cents: number) => (cents / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The catalogue's data packages: speeds, cap, price, VAT and overage; admins add and edit them. */
export function PackagesScreen() {
  const { data, loading, error } = useQuery(CataloguePackagesQuery);
  const modal = useRecordModal<CataloguePackage>();
  return (
    <>
      <Group justify="space-between" mb="md" align="flex-end">
        <Text size="sm" c="dimmed" maw={720}>
          Data packages set the speed RADIUS gives each data account (Mikrotik-Rate-Limit) and the monthly price. New speeds
          reach every account on the package at once; an inactive package stays on its accounts but is no longer offered.
        </Text>
        <Can permission="catalogue:write">
          <Button leftSection={<IconPlus size={16} />} onClick={modal.add}>Add package</Button>
        </Can>
      </Group>
      {error && <Alert color="red" mb="md" title="Could not load the packages">{describeError(error)}</Alert>}
      <Paper withBorder radius="md" p="sm">
        {loading && !data ? (
          <Loader size="sm" aria-label="Loading packages" />
        ) : (
          <RecordsTable
            records={data?.dataPackages ?? []}
            empty="No packages yet."
            columns={['Name', 'Speed (down / up)', 'Cap', 'Monthly', 'VAT', 'Overage']}
            rowTestId="package-row"
            permission="catalogue:write"
            onEdit={modal.edit}
            cells={(p) => (
              <>
                <Table.Td>
                  <Text size="sm" fw={500}>{p.name}</Text>
                  {!p.active && <Badge size="xs" color="gray" variant="light">Not offered</Badge>}
                </Table.Td>
                <Table.Td>{formatSpeeds(p)}</Table.Td>
                <Table.Td>{formatCap(p.dataCapBytes)}</Table.Td>
                <Table.Td ta="right">{price(p.monthlyPriceCents)}</Table.Td>
                <Table.Td>{humanize(p.vatTreatment)}</Table.Td>
                <Table.Td>{p.overageBilled && p.overageCentsPerGb != null ? `${price(p.overageCentsPerGb)} / GB` : '—'}</Table.Td>
              </>
            )}
          />
        )}
      </Paper>
      <RecordModal modal={modal} title={(p) => (p ? `Edit ${p.name}` : 'Add package')}>
        {(p, done) => <PackageForm pkg={p} onDone={done} />}
      </RecordModal>
    </>
  );
}
