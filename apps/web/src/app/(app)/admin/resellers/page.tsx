import type { Metadata } from 'next';
import { ResellersScreen } from '@/admin/resellers/ResellersScreen';

export const metadata: Metadata = { title: 'Resellers' };

export default function ResellersPage() {
  return <ResellersScreen />;
}
