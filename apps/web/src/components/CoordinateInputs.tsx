'use client';

import { NumberInput, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { COORDINATES } from '@sightline/access';

/**
 * Latitude and longitude of a form with `latitude` and `longitude` values. Never clamped
 * (Mantine's default clamps on blur, so a mistyped 200 silently became 90): out of range is
 * an error the agent sees, from the form's `between` check or from the API.
 */
export function CoordinateInputs<T>({ form }: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: UseFormReturnType<T, any>;
}) {
  const { latitude, longitude } = COORDINATES;
  return (
    <SimpleGrid cols={2} spacing="sm">
      <NumberInput
        label="Latitude"
        description={`${latitude.min} to ${latitude.max}`}
        decimalScale={6}
        clampBehavior="none"
        {...form.getInputProps('latitude')}
      />
      <NumberInput
        label="Longitude"
        description={`${longitude.min} to ${longitude.max}`}
        decimalScale={6}
        clampBehavior="none"
        {...form.getInputProps('longitude')}
      />
    </SimpleGrid>
  );
}
