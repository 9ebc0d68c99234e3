'use client';

import { Alert, Badge, Button, Group, Loader, Paper, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '@/gql';
import type { VoipTariffFieldsFragment } from '@/gql/graphql';
import { Can } from '@/auth/Can';
import { NotAllowed } from '@/admin/NotAllowed';
import { RecordModal, useRecordModal } from '@/components/RecordModal';
import { RecordsTable } from '@/components/RecordsTable';
import { describeError } from '@/lib/graphqlErrors';
import { humanize } from '@/lib/format';
import { VoipTariffFieldsFragment as Fields, VoipTariffsAdminQuery } from './documents';
import { TariffForm } from './TariffForm';

const describeRate = (r: VoipTariffFieldsFragment['rates'][number]) => {
  const price = r.ratePerMinuteCents !== null ? `${r.ratePerMinuteCents}c/min` : r.markupPercent !== null ? `cost +${r.markupPercent}%` : 'markups';
  const extras = [r.billingIncrementSeconds !== 60 && `per ${r.billingIncrementSeconds}s`, r.connectionFeeCents > 0 && `+${r.connectionFeeCents}c`, r.minimumChargeCents > 0 && `min ${r.minimumChargeCents}c`].filter(Boolean);
  return `${humanize(r.callClass)} ${price}${extras.length ? ` (${extras.join(', ')})` : ''}`;
};

/** The VoIP tariffs of the catalogue (catalogue:write): rates per call class and markups. */
export function VoipTariffsScreen() {
  return (
    <Can permission="catalogue:write" fallback={<NotAllowed />}>
      <TariffList />
    </Can>
  );
}

function TariffList() {
  const { data, loading, error } = useQuery(VoipTariffsAdminQuery);
  const modal = useRecordModal<VoipTariffFieldsFragment>();
  const tariffs = getFragmentData(Fields, data?.voipTariffs ?? []);
  return (
    <>
      <Group justify="space-between" mb="md" align="flex-end">
        <Text size="sm" c="dimmed" maw={720}>
          Calls are priced by the line&apos;s tariff, else the customer&apos;s default: the class&apos;s rate, else the class markup on the
          cost base, else the fallback markup (tariff, then line, then customer).
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={modal.add}>Add tariff</Button>
      </Group>
      {error && <Alert color="red" mb="md" title="Could not load tariffs">{describeError(error)}</Alert>}
      <Paper withBorder radius="md" p="sm">
        {loading && !data ? (
          <Loader size="sm" aria-label="Loading tariffs" />
        ) : (
          <RecordsTable
            records={tariffs}
            empty="No VoIP tariffs yet."
            columns={['Tariff', 'Rates', 'Fallback markup']}
            rowTestId="tariff-row"
            permission="catalogue:write"
            onEdit={modal.edit}
            cells={(t) => (
              <>
                <Table.Td miw={160}>
                  <Group gap={6}>
                    <Text size="sm" fw={500}>{t.name}</Text>
                    {!t.active && <Badge size="xs" color="gray">Inactive</Badge>}
                  </Group>
                  {t.description && <Text size="xs" c="dimmed">{t.description}</Text>}
                </Table.Td>
                <Table.Td><Text size="sm">{t.rates.map(describeRate).join(' · ') || '—'}</Text></Table.Td>
                <Table.Td>{t.fallbackMarkupPercent !== null ? `${t.fallbackMarkupPercent}%` : '—'}</Table.Td>
              </>
            )}
          />
        )}
      </Paper>
      <RecordModal modal={modal} title={(t) => (t ? `Edit ${t.name}` : 'Add VoIP tariff')}>
        {(t, done) => <TariffForm tariff={t} onDone={done} />}
      </RecordModal>
    </>
  );
}
