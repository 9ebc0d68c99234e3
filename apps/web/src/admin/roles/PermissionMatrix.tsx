'use client';

import { memo, useCallback, useState } from 'react';
import { Badge, Checkbox, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { ACTION_PERMISSIONS, DEFAULT_ROLES, WIDGETS, type DefaultRoleName, type Permission } from '@sightline/access';
import { describeError } from '@/lib/graphqlErrors';
import { humanize } from '@/lib/format';
import { GrantPermissionMutation, RevokePermissionMutation } from './documents';

export interface MatrixRole {
  id: string;
  name: string;
  description: string;
  permissions: readonly string[];
}

/** The shipped permissions of a default role (packages/access), or null for an admin-made role. */
const defaultsOf = (role: string): ReadonlySet<string> | null =>
  role in DEFAULT_ROLES ? new Set(DEFAULT_ROLES[role as DefaultRoleName].permissions) : null;

/** The API refuses this one: the admin role must keep admin:roles. */
const locked = (role: string, permission: string) => role === 'admin' && permission === 'admin:roles';

// A changed-from-default box gets a tint, so edits to the shipped roles stand out.
const CHANGED_BG = 'var(--mantine-color-yellow-1)';
const STICKY_FIRST = { position: 'sticky', left: 0, zIndex: 1, background: 'var(--mantine-color-body)' } as const;

/** One checkbox; memoised, so a toggle redraws its own box, not the whole grid. */
const PermissionBox = memo(function PermissionBox({ role, permission, label, pending, onToggle }: {
  role: MatrixRole;
  permission: Permission;
  label: string;
  pending: boolean;
  onToggle: (role: MatrixRole, permission: Permission, grant: boolean) => void;
}) {
  const checked = role.permissions.includes(permission);
  const defaults = defaultsOf(role.name);
  const changed = defaults !== null && defaults.has(permission) !== checked;
  const box = (
    <Checkbox
      size="xs"
      checked={checked}
      disabled={pending || locked(role.name, permission)}
      onChange={(e) => onToggle(role, permission, e.currentTarget.checked)}
      aria-label={`${role.name} ${permission}`}
      label={label}
      styles={{ body: { alignItems: 'center' }, label: { paddingInlineStart: 4 } }}
    />
  );
  return (
    <div data-changed={changed || undefined} style={{ background: changed ? CHANGED_BG : undefined, borderRadius: 4, padding: '1px 3px' }}>
      {changed ? <Tooltip label={checked ? 'Granted; not in the default' : 'Revoked; in the default'}>{box}</Tooltip> : box}
    </div>
  );
});

/**
 * Every widget (read, write) and action permission against every role: tick to grant, untick
 * to revoke. A change applies to the role's users and tokens on their next request.
 */
export function PermissionMatrix({ roles }: { roles: readonly MatrixRole[] }) {
  const [grant] = useMutation(GrantPermissionMutation);
  const [revoke] = useMutation(RevokePermissionMutation);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());

  const toggle = useCallback(async (role: MatrixRole, permission: Permission, on: boolean) => {
    const key = `${role.id}|${permission}`;
    setPending((p) => new Set(p).add(key));
    try {
      // Optimistic: the box flips at once, and flips back if the API refuses.
      const permissions = on ? [...role.permissions, permission].sort() : role.permissions.filter((p) => p !== permission);
      const answer = { __typename: 'Role' as const, id: role.id, permissions };
      if (on) await grant({ variables: { role: role.name, permission }, optimisticResponse: { grantPermission: answer } });
      else await revoke({ variables: { role: role.name, permission }, optimisticResponse: { revokePermission: answer } });
    } catch (error) {
      notifications.show({ color: 'red', title: `${permission} not ${on ? 'granted' : 'revoked'}`, message: describeError(error) });
    } finally {
      setPending((p) => {
        const next = new Set(p);
        next.delete(key);
        return next;
      });
    }
  }, [grant, revoke]);
  const box = (role: MatrixRole, permission: Permission, label: string) => (
    <PermissionBox role={role} permission={permission} label={label} pending={pending.has(`${role.id}|${permission}`)} onToggle={toggle} />
  );
  const section = (title: string) => (
    <Table.Tr>
      <Table.Th colSpan={roles.length + 1} bg="gray.1" style={STICKY_FIRST}>
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">{title}</Text>
      </Table.Th>
    </Table.Tr>
  );

  return (
    <div style={{ overflow: 'auto', maxHeight: 'calc(100vh - 260px)' }} data-testid="permission-matrix">
      <Table stickyHeader withColumnBorders verticalSpacing={4} horizontalSpacing="xs" fz="sm">
        <Table.Thead style={{ zIndex: 2 }}>
          <Table.Tr>
            <Table.Th style={{ ...STICKY_FIRST, zIndex: 3, minWidth: 210 }}>Permission</Table.Th>
            {roles.map((r) => (
              <Table.Th key={r.id} ta="center" style={{ minWidth: 96 }}>
                <Tooltip label={r.description || 'No description'} disabled={!r.description}>
                  <Stack gap={2} align="center">
                    <Text size="sm" fw={600}>{humanize(r.name)}</Text>
                    {defaultsOf(r.name) ? <Badge size="xs" variant="light">default</Badge> : <Badge size="xs" variant="light" color="grape">custom</Badge>}
                  </Stack>
                </Tooltip>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {section('Widgets: read / write')}
          {WIDGETS.map((w) => (
            <Table.Tr key={w.id} data-testid={`matrix-row-${w.id}`}>
              <Table.Td style={STICKY_FIRST}>{w.title}</Table.Td>
              {roles.map((r) => (
                <Table.Td key={r.id}>
                  <Group gap={2} justify="center" wrap="nowrap">
                    {box(r, w.read, 'R')}
                    {box(r, w.write, 'W')}
                  </Group>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          {section('Actions')}
          {ACTION_PERMISSIONS.map((p) => (
            <Table.Tr key={p} data-testid={`matrix-row-${p}`}>
              <Table.Td style={STICKY_FIRST}><Text size="sm" ff="monospace">{p}</Text></Table.Td>
              {roles.map((r) => (
                <Table.Td key={r.id}>
                  <Group justify="center">{box(r, p, '')}</Group>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
