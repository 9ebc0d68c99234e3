'use client';

import type { ReactNode } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { Tabs, Title } from '@mantine/core';
import { Can } from '@/auth/Can';
import { NotAllowed } from './NotAllowed';

export const ADMIN_SCREENS = [
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/roles', label: 'Roles' },
  { href: '/admin/api-tokens', label: 'API tokens' },
  { href: '/admin/resellers', label: 'Resellers' },
  { href: '/admin/packages', label: 'Packages' },
] as const;

/**
 * The frame of every admin screen: only holders of admin:roles get the screens (and so their
 * queries); anyone else sees why not. The API refuses them anyway.
 */
export function AdminArea({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();
  const current = ADMIN_SCREENS.find((s) => pathname.startsWith(s.href))?.href ?? null;
  return (
    <>
      <Title order={2} mb="sm">Administration</Title>
      <Can permission="admin:roles" fallback={<NotAllowed />}>
        <Tabs value={current} onChange={(href) => href && router.push(href)} mb="lg" keepMounted={false}>
          <Tabs.List>
            {ADMIN_SCREENS.map((s) => (
              <Tabs.Tab key={s.href} value={s.href}>{s.label}</Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        {children}
      </Can>
    </>
  );
}
