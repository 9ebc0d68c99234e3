'use client';

import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { LIMITS } from '@sightline/access';
import { getFragmentData } from '@/gql';
import { PostalAddressFragment, type PostalAddressRef } from '@/lib/postalAddress';

export const EMPTY_POSTAL = { line1: '', line2: '', city: '', region: '', postalCode: '', country: '' };
export type PostalValues = typeof EMPTY_POSTAL;
export const POSTAL_KEYS = Object.keys(EMPTY_POSTAL) as (keyof PostalValues)[];

/** Form values from an API address (nulls become empty strings for controlled inputs). */
export function postalToValues(ref: PostalAddressRef | null | undefined): PostalValues {
  const a = getFragmentData(PostalAddressFragment, ref);
  return Object.fromEntries(POSTAL_KEYS.map((k) => [k, a?.[k] ?? ''])) as PostalValues;
}

/** Input for the API: blank lines become null so they clear the stored value. */
export function valuesToPostal(v: PostalValues): Record<keyof PostalValues, string | null> {
  return Object.fromEntries(POSTAL_KEYS.map((k) => [k, v[k].trim() || null])) as Record<keyof PostalValues, string | null>;
}

/** The six lines of a postal address, bound to `prefix` of a Mantine form. */
export function PostalAddressFields<T>({ form, prefix, legend }: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: UseFormReturnType<T, any>;
  prefix: string;
  legend?: string;
}) {
  // maxLength: what the API accepts for each line.
  const field = (k: keyof PostalValues) => ({ maxLength: LIMITS.postalAddress[k], ...form.getInputProps(`${prefix}.${k}`) });
  return (
    <SimpleGrid cols={2} spacing="sm" aria-label={legend}>
      <TextInput label="Address line 1" {...field('line1')} />
      <TextInput label="Address line 2" {...field('line2')} />
      <TextInput label="City" {...field('city')} />
      <TextInput label="Region" {...field('region')} />
      <TextInput label="Postal code" {...field('postalCode')} />
      <TextInput label="Country" {...field('country')} />
    </SimpleGrid>
  );
}
