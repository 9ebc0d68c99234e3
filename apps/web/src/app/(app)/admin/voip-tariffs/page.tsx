import type { Metadata } from 'next';
import { VoipTariffsScreen } from '@/admin/voipTariffs/VoipTariffsScreen';

export const metadata: Metadata = { title: 'VoIP tariffs' };

export default function VoipTariffsPage() {
  return <VoipTariffsScreen />;
}
