'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Anchor, Box, Group, HoverCard } from '@mantine/core';
import { getFragmentData, type FragmentType } from '@/gql';
import { statusStyle } from '@/components/statusColors';
import { CustomerLinkFragment } from './documents';
import { CustomerSummary } from './CustomerSummary';

/**
 * A link to a customer, colour-coded by status; hovering shows a summary so an agent can
 * confirm the right customer without opening it (seed 004).
 */
export function CustomerLink({ customer }: { customer: FragmentType<typeof CustomerLinkFragment> }) {
  const c = getFragmentData(CustomerLinkFragment, customer);
  const [opened, setOpened] = useState(false);
  const { color, label } = statusStyle(c.status);
  return (
    <HoverCard width={280} shadow="md" openDelay={300} closeDelay={100} onOpen={() => setOpened(true)}>
      <HoverCard.Target>
        <Anchor component={Link} href={`/customers/${c.id}`} c={`${color}.9`} fw={500} data-status={c.status}>
          <Group gap={6} wrap="nowrap" component="span">
            <Box component="span" w={8} h={8} bg={`${color}.6`} style={{ borderRadius: '50%', flex: 'none' }} title={label} />
            {c.name}
          </Group>
        </Anchor>
      </HoverCard.Target>
      <HoverCard.Dropdown>
        <CustomerSummary id={c.id} enabled={opened} />
      </HoverCard.Dropdown>
    </HoverCard>
  );
}
