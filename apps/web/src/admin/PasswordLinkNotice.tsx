'use client';

import { formatDateTime } from '@/lib/format';
import { SecretOnce } from './SecretOnce';

/** A one-time invite or reset link, as a full URL on this web app, for the admin to pass on. */
export function PasswordLinkNotice({ name, link, onDone }: {
  name: string;
  link: { path: string; expiresAt: string };
  onDone: () => void;
}) {
  const url = `${window.location.origin}${link.path}`;
  return (
    <SecretOnce label="Link" secret={url} onDone={onDone}>
      Send this link to {name}. It works once, until {formatDateTime(link.expiresAt)}, and lets them choose their
      password.
    </SecretOnce>
  );
}
