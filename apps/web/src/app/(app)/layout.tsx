import type { ReactNode } from 'react';
import { AppFrame } from '@/auth/AppFrame';

export default function SignedInLayout({ children }: { children: ReactNode }) {
  return <AppFrame>{children}</AppFrame>;
}
