'use client';

import { useState } from 'react';
import { Alert, Button, FileInput, Group, List, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconFileAlert } from '@tabler/icons-react';
import type { ImportCallRecordsMutation as ImportResult } from '@/gql/graphql';
import { FormError } from '@/components/FormError';
import { countOf } from '@/lib/format';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { ImportCallRecordsMutation } from './mutations';

/** Largest file the upload takes; bigger exports go through the spool folder (CDR_SPOOL_DIR). */
export const MAX_UPLOAD_BYTES = 900_000;

type Report = ImportResult['importCallRecords'];

/** The file's text (FileReader: Blob.text() is missing in some test environments and older browsers). */
const readText = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });

/**
 * Uploads an Asterisk Master.csv for this customer's lines. The file is imported whole or not
 * at all: a bad row is listed with its line number and nothing is written.
 */
export function ImportCallsForm({ customerId, onDone }: { customerId: string; onDone: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [run, { loading, error }] = useProfileMutation(ImportCallRecordsMutation);

  async function submit() {
    setProblem(null);
    setReport(null);
    if (!file) return setProblem('Choose the Master.csv file first');
    if (file.size > MAX_UPLOAD_BYTES) return setProblem(`The file is ${Math.round(file.size / 1000)} kB; upload at most ${MAX_UPLOAD_BYTES / 1000} kB here, or drop bigger files in the CDR spool folder`);
    const csv = await readText(file);
    try {
      const { data } = await run({ variables: { input: { customerId, fileName: file.name, csv } } });
      setReport(data?.importCallRecords ?? null);
    } catch {
      // shown by <FormError error={error}>
    }
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Asterisk&apos;s CDR file as cdr_csv writes it (no header; 18 columns ending in uniqueid, userfield; times in UTC). Calls are matched
        to this customer&apos;s lines by number; calls imported before are skipped.
      </Text>
      <FileInput label="CDR file" placeholder="Master.csv" accept=".csv,text/csv" value={file} onChange={setFile} clearable data-autofocus />
      {problem && <Alert color="red" variant="light">{problem}</Alert>}
      <FormError error={error} />
      {report && <ImportReport report={report} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>{report?.ok ? 'Close' : 'Cancel'}</Button>
        <Button onClick={submit} loading={loading}>Import</Button>
      </Group>
    </Stack>
  );
}

function ImportReport({ report }: { report: Report }) {
  if (report.ok) {
    return (
      <Alert color="teal" icon={<IconCheck size={16} />} title={`${report.fileName}: ${countOf(report.imported, 'call')} imported`} data-testid="import-report">
        <List size="sm">
          <List.Item>{countOf(report.duplicates, 'call')} imported before (skipped)</List.Item>
          <List.Item>{countOf(report.notAnswered, 'unanswered call')} (nothing to bill)</List.Item>
          {report.unrated > 0 && <List.Item>{countOf(report.unrated, 'call')} without a price (no rate, markup or cost): check the tariffs</List.Item>}
        </List>
      </Alert>
    );
  }
  return (
    <Alert color="red" icon={<IconFileAlert size={16} />} title={`${report.fileName}: nothing imported, ${countOf(report.errors.length, 'bad row')}`} data-testid="import-report">
      <Text size="sm" mb="xs">Fix these rows (or remove them) and upload the file again.</Text>
      <ScrollArea.Autosize mah={240}>
        <Table withRowBorders={false} verticalSpacing={2}>
          <Table.Thead>
            <Table.Tr><Table.Th>Line</Table.Th><Table.Th>Problem</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.errors.map((e) => (
              <Table.Tr key={`${e.line}:${e.message}`} data-testid="import-error">
                <Table.Td>{e.line}</Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Alert>
  );
}
