'use client';

import { Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormActions } from '@/components/FormActions';
import { useFormSubmit } from '@/lib/useFormSubmit';
import { required } from '@/lib/validation';
import { useProfileMutation } from '@/profile/useProfileMutation';
import { ExpireVoipLineMutation } from './mutations';
import type { VoipLine } from './VoipLinesWidget';

/** Ends a line on its last day of service, with the reason (kept in the audit trail). */
export function ExpireVoipLineForm({ line, onDone }: { line: VoipLine; onDone: () => void }) {
  const [expire, { loading }] = useProfileMutation(ExpireVoipLineMutation);
  const form = useForm({
    initialValues: { endDate: new Date().toISOString().slice(0, 10), reason: '' },
    validate: {
      endDate: (v) => (!/^\d{4}-\d{2}-\d{2}$/.test(v) ? 'Pick the last day of service' : v < line.startDate ? 'The line cannot end before it started' : null),
      reason: required('Say why the line ends (e.g. ported out, cancelled)'),
    },
  });
  const { onSubmit, formError, formRef } = useFormSubmit(form, ['endDate', 'reason'], async (v) => {
    await expire({ variables: { input: { id: line.id, endDate: v.endDate, reason: v.reason.trim() } } });
    onDone();
  });
  return (
    <form onSubmit={onSubmit} ref={formRef} noValidate>
      <Stack gap="sm">
        <Text size="sm">Calls after the last day no longer match this line; the number can go on a new line from the next day.</Text>
        <TextInput label="Last day of service" type="date" withAsterisk {...form.getInputProps('endDate')} />
        <Textarea label="Reason" withAsterisk autosize minRows={2} maxLength={500} data-autofocus {...form.getInputProps('reason')} />
        <FormActions error={formError} fieldErrors={form.errors} onCancel={onDone} submit="Expire line" color="red" loading={loading} />
      </Stack>
    </form>
  );
}
