import type { Metadata } from 'next';
import { ApiTokensScreen } from '@/admin/apiTokens/ApiTokensScreen';

export const metadata: Metadata = { title: 'API tokens' };

export default function ApiTokensPage() {
  return <ApiTokensScreen />;
}
