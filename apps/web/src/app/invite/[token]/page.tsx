import type { Metadata } from 'next';
import { SetPasswordForm } from '@/invite/SetPasswordForm';

// The token is in the URL: never send it on to another site as a Referer.
export const metadata: Metadata = { title: 'Set your password', referrer: 'no-referrer', robots: { index: false } };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <SetPasswordForm token={decodeURIComponent(token)} />;
}
