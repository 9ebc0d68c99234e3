import type { Metadata } from 'next';
import { RolesScreen } from '@/admin/roles/RolesScreen';

export const metadata: Metadata = { title: 'Roles' };

export default function RolesPage() {
  return <RolesScreen />;
}
