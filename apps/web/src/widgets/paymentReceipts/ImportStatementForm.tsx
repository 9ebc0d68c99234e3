'use client';

import { useState } from 'react';
import { Alert, FileInput, List, Stack, Text } from '@mantine/core';
import type { ImportBankStatementMutation } from '@/gql/graphql';
import { FormActions } from '@/components/FormActions';
import { formatMoney } from '@/lib/format';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { ImportBankStatementMutation as Import } from './mutations';

type Outcome = ImportBankStatementMutation['importBankStatement'];

/** The file's text (FileReader: works in every browser and in jsdom). */
const readText = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });

/** Uploads a bank statement CSV (date, reference, amount[, bank_reference]); lines already imported are skipped. */
export function ImportStatementForm({ onDone }: { onDone: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [run, { loading }] = useProfileMutation(Import);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (outcome) return onDone();
    if (!file) return setError(new Error('Choose the statement file first'));
    setError(null);
    try {
      const r = await run({ variables: { csv: await readText(file) } });
      setOutcome(r.data?.importBankStatement ?? null);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          A CSV with a header row: <code>date,reference,amount</code> and optionally <code>bank_reference</code>. Lines are matched to customers by
          the account number in the reference; importing the same file again changes nothing.
        </Text>
        <FileInput label="Statement (CSV)" accept=".csv,text/csv" value={file} onChange={setFile} clearable disabled={!!outcome} />
        {outcome && (
          <Alert color={outcome.unmatched.length || outcome.rejected.length ? 'yellow' : 'green'} title={`${outcome.imported} of ${outcome.lines} lines imported`} data-testid="import-outcome">
            {outcome.duplicates > 0 && <Text size="sm">{outcome.duplicates} imported before (skipped).</Text>}
            {outcome.unmatched.length > 0 && (
              <>
                <Text size="sm">No customer found for:</Text>
                <List size="sm">{outcome.unmatched.map((u) => <List.Item key={u.line}>Line {u.line}: “{u.reference}”, {formatMoney({ cents: u.amountCents, currency: 'ZAR' })}</List.Item>)}</List>
              </>
            )}
            {outcome.rejected.length > 0 && (
              <List size="sm">{outcome.rejected.map((r) => <List.Item key={r.line}>Line {r.line}: {r.message}</List.Item>)}</List>
            )}
          </Alert>
        )}
        <FormActions error={error} onCancel={onDone} submit={outcome ? 'Close' : 'Import'} loading={loading} />
      </Stack>
    </form>
  );
}
