'use client';

import { useMemo } from 'react';
import { useMe } from '@/auth/MeContext';

const PREFIX = 'sightline.draft';

const storage = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage switched off
  }
};

/**
 * Unsaved text of a form, kept in this browser per signed-in user, customer and form. When a
 * session expires mid-sentence the agent signs in again and finds the text where they left
 * it. Saving with empty values (after a successful save, `form.reset()`) drops the draft.
 */
export function useDraft<V>(customerId: string, formName: string, isEmpty: (values: V) => boolean) {
  const { me } = useMe();
  const key = `${PREFIX}:${me.id}:${customerId}:${formName}`;
  return useMemo(() => {
    const read = (): V | null => {
      try {
        const raw = storage()?.getItem(key);
        return raw ? (JSON.parse(raw) as V) : null;
      } catch {
        return null;
      }
    };
    return {
      /** The draft left by an earlier visit, if any. */
      restored: read(),
      save(values: V) {
        try {
          if (isEmpty(values)) storage()?.removeItem(key);
          else storage()?.setItem(key, JSON.stringify(values));
        } catch {
          // full or switched off: the form still works, only without a draft
        }
      },
      clear: () => storage()?.removeItem(key),
    };
    // isEmpty is a rule of the form, fixed for its life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}

/** Drops every draft of a user (signing out on purpose leaves no internal text behind). */
export function clearDrafts(userId: string) {
  const store = storage();
  if (!store) return;
  const mine = `${PREFIX}:${userId}:`;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i));
  for (const key of keys) if (key?.startsWith(mine)) store.removeItem(key);
}
