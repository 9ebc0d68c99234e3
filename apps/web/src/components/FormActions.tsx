'use client';

import type { ReactNode } from 'react';
import { Button, Group } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { FormError } from './FormError';

/** The foot of every modal form: what went wrong (beside the buttons), Cancel, and Submit. */
export function FormActions(props: {
  error: unknown;
  fieldErrors?: FormErrors;
  onCancel: () => void;
  submit: ReactNode;
  loading: boolean;
  disabled?: boolean;
  color?: string;
}) {
  return (
    <>
      <FormError error={props.error} fieldErrors={props.fieldErrors} />
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>Cancel</Button>
        <Button type="submit" color={props.color} loading={props.loading} disabled={props.disabled}>
          {props.submit}
        </Button>
      </Group>
    </>
  );
}
