'use client';

import { Alert, Button } from '@mantine/core';
import { describeError, isConflict } from '@/lib/graphqlErrors';

/** The error of a form submission that is not about one field; CONFLICT offers a reload. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
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
