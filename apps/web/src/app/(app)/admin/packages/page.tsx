import type { Metadata } from 'next';
import { PackagesScreen } from '@/admin/packages/PackagesScreen';

export const metadata: Metadata = { title: 'Packages' };

export default function PackagesPage() {
  return <PackagesScreen />;
}
