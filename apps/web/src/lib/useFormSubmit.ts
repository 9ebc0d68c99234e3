'use client';

import { useRef, useState } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { applyFieldErrors } from './formErrors';

/**
 * The submit handler of a form that saves through the API. A failed `save` puts its
 * BAD_USER_INPUT field errors under the matching `fields`; anything left (a CONFLICT, a
 * network failure) becomes `formError`, for `<FormError>` to explain (with a reload on CONFLICT).
 * Whenever a field is refused (here or by the API), the first one is scrolled into view and
 * focused: in a long form the Save button is far from the fields at the top. Put `formRef`
 * on the <form>.
 */
export function useFormSubmit<Values extends Record<string, unknown>>(
  form: UseFormReturnType<Values>,
  fields: readonly string[],
  save: (values: Values) => Promise<void>,
) {
  const [formError, setFormError] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // After React has drawn the errors (aria-invalid is set on the refused inputs).
  const revealFirstInvalid = () =>
    requestAnimationFrame(() => {
      const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      field?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      field?.focus({ preventScroll: true });
    });
  const onSubmit = form.onSubmit(
    async (values) => {
      setFormError(null);
      try {
        await save(values);
      } catch (error) {
        if (!applyFieldErrors(error, fields, form.setFieldError)) setFormError(error);
        revealFirstInvalid();
      }
    },
    () => revealFirstInvalid(),
  );
  return { onSubmit, formError, formRef };
}
