'use client';

import type { ReactNode } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import {
  Alert, AppShell, Avatar, Burger, Button, Center, Group, Loader, Menu, NavLink, Text, UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconLogout, IconShieldLock, IconUsers } from '@tabler/icons-react';
import type { Permission } from '@sightline/access';
import { useMutation, useQuery } from '@apollo/client/react';
import { describeError, graphQLErrorsOf } from '@/lib/graphqlErrors';
import { humanize, initials } from '@/lib/format';
import { clearDrafts } from '@/lib/useDraft';
import { MeQuery, LogoutMutation } from './documents';
import { MeProvider, useMe, type Me } from './MeContext';

/** The navigation; an entry with a permission is shown only to its holders (like <Can>). */
const NAV: { href: string; label: string; icon: typeof IconUsers; permission?: Permission }[] = [
  { href: '/customers', label: 'Customers', icon: IconUsers },
  { href: '/admin', label: 'Admin', icon: IconShieldLock, permission: 'admin:roles' },
];

/** The signed-in frame: loads who the user is, then draws the app shell around the page. */
export function AppFrame({ children }: { children: ReactNode }) {
  const { data, error, refetch } = useQuery(MeQuery);
  if (!data) {
    // UNAUTHENTICATED is redirected to /login by the Apollo error link.
    const unauthenticated = graphQLErrorsOf(error).some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    return (
      <Center mih="100vh">
        {error && !unauthenticated ? (
          <Alert color="red" title="Sightline could not start">
            {describeError(error)}
            <div><Button size="xs" mt="sm" variant="light" onClick={() => refetch()}>Try again</Button></div>
          </Alert>
        ) : (
          <Loader aria-label="Loading" />
        )}
      </Center>
    );
  }
  return (
    <MeProvider me={data.me}>
      <Shell me={data.me}>{children}</Shell>
    </MeProvider>
  );
}

function Shell({ me, children }: { me: Me; children: ReactNode }) {
  const pathname = usePathname();
  const [opened, { toggle }] = useDisclosure();
  const { can } = useMe();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Text fw={800} size="lg" c="indigo.7" component={Link} href="/customers">Sightline</Text>
          </Group>
          <UserMenu me={me} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        {NAV.filter((item) => !item.permission || can(item.permission)).map((item) => (
          <NavLink
            key={item.href}
            component={Link}
            href={item.href}
            label={item.label}
            leftSection={<item.icon size={18} />}
            active={pathname.startsWith(item.href)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">{children}</AppShell.Main>
    </AppShell>
  );
}

function UserMenu({ me }: { me: Me }) {
  const [logout, { loading }] = useMutation(LogoutMutation);
  const signOut = async () => {
    try {
      await logout();
      clearDrafts(me.id); // signing out on purpose: leave no unsaved internal text in this browser
    } finally {
      // A full load drops every cached customer along with the session.
      window.location.assign('/login');
    }
  };
  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label="User menu" data-testid="user-menu">
          <Group gap="xs">
            <Avatar color="indigo" radius="xl" size="sm">{initials(me.name)}</Avatar>
            <div>
              <Text size="sm" fw={500} lh={1.2}>{me.name}</Text>
              <Text size="xs" c="dimmed" lh={1.2}>{humanize(me.role)}</Text>
            </div>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.email ?? me.name}</Menu.Label>
        <Menu.Item disabled>Role: {humanize(me.role)}</Menu.Item>
        {me.reseller && <Menu.Item disabled>Reseller: {me.reseller.name}</Menu.Item>}
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={signOut} disabled={loading}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
