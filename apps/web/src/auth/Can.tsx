'use client';

import type { ReactNode } from 'react';
import type { Permission } from '@sightline/access';
import { useMe } from './MeContext';

/**
 * Draws its children only when the signed-in user holds `permission`. This only hides
 * controls the user could not use; the API enforces every permission itself.
 */
export function Can({ permission, children, fallback = null }: {
  permission: Permission;
  children: ReactNode;
  fallback?: ReactNode;
}) {
  const { can } = useMe();
  return <>{can(permission) ? children : fallback}</>;
}
