'use client';

import type { ReactNode } from 'react';
import { Alert, Button, List } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { describeError, isConflict } from '@/lib/graphqlErrors';

/**
 * What went wrong with a submission, shown beside the Save button where the agent is looking:
 * an error that is not about one field (CONFLICT offers a reload), or else a summary of the
 * refused fields (each also shown at its field).
 */
export function FormError({ error, fieldErrors }: { error: unknown; fieldErrors?: FormErrors }) {
  if (error) {
    const conflict = isConflict(error);
    return (
      <Alert color={conflict ? 'orange' : 'red'} title={conflict ? 'Someone else changed this' : 'Not saved'} role="alert">
        {describeError(error)}
        {conflict && (
          <div>
            <Button size="xs" mt="sm" variant="light" color="orange" onClick={() => window.location.reload()}>
              Reload
            </Button>
          </div>
        )}
      </Alert>
    );
  }
  const messages = Object.values(fieldErrors ?? {}).filter((m): m is Exclude<ReactNode, boolean | null | undefined> => Boolean(m));
  if (messages.length === 0) return null;
  return (
    <Alert color="red" title="Not saved" role="alert" data-testid="form-error-summary">
      {messages.length === 1 ? (
        messages[0]
      ) : (
        <List size="sm">
          {messages.map((m, i) => <List.Item key={i}>{m}</List.Item>)}
        </List>
      )}
    </Alert>
  );
}
