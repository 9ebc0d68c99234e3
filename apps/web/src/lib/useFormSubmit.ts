'use client';

import { useState } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { applyFieldErrors } from './formErrors';

/**
 * The submit handler of a form that saves through the API. A failed `save` puts its
 * BAD_USER_INPUT field errors under the matching `fields`; anything left (a CONFLICT, a
 * network failure) becomes `formError`, for `<FormError>` to explain (with a reload on CONFLICT).
 */
export function useFormSubmit<Values extends Record<string, unknown>>(
  form: UseFormReturnType<Values>,
  fields: readonly string[],
  save: (values: Values) => Promise<void>,
) {
  const [formError, setFormError] = useState<unknown>(null);
  const onSubmit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await save(values);
    } catch (error) {
      if (!applyFieldErrors(error, fields, form.setFieldError)) setFormError(error);
    }
  });
  return { onSubmit, formError };
}
