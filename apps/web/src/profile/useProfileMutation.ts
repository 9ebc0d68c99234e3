'use client';

import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
// Not from composeProfileQuery: a widget's chunk must not pull in the list of all widgets.
import { PROFILE_OPERATION_NAME } from './documents';

/**
 * A mutation that changes something on the open profile. It re-asks the composed profile
 * query afterwards, so lists, pop-ups and the audit trail all show the change.
 */
export function useProfileMutation<TData, TVariables extends Record<string, unknown>>(
  mutation: TypedDocumentNode<TData, TVariables>,
) {
  return useMutation(mutation, {
    refetchQueries: [PROFILE_OPERATION_NAME],
    awaitRefetchQueries: true,
  });
}
