'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Permission } from '@sightline/access';
import type { MeQuery } from '@/gql/graphql';

export type Me = MeQuery['me'];

interface MeContextValue {
  me: Me;
  permissions: ReadonlySet<string>;
  can: (permission: Permission) => boolean;
}

const MeContext = createContext<MeContextValue | null>(null);

/** Makes the signed-in user and their permissions available to every component below. */
export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  const value = useMemo<MeContextValue>(() => {
    const permissions = new Set(me.permissions);
    return { me, permissions, can: (p) => permissions.has(p) };
  }, [me]);
  return <MeContext.Provider value={value}>{children}</MeContext.Provider>;
}

export function useMe(): MeContextValue {
  const value = useContext(MeContext);
  if (!value) throw new Error('useMe() needs a <MeProvider> above it');
  return value;
}
