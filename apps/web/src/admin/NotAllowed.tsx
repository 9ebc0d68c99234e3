import { Alert, Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import Link from 'next/link';

/** What a user without the permission sees instead of an admin screen. */
export function NotAllowed() {
  return (
    <Alert color="orange" icon={<IconLock size={18} />} title="Not allowed" role="alert" maw={560}>
      Managing users, roles, API tokens and resellers needs the admin:roles permission, which your
      role does not have. Ask an administrator if you need it.
      <div>
        <Button component={Link} href="/customers" size="xs" variant="light" color="orange" mt="sm">
          Back to customers
        </Button>
      </div>
    </Alert>
  );
}
