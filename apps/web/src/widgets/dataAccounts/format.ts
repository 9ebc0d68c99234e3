/** "50 Mbps", "4.1 Mbps", "512 kbps": speeds as agents say them. */
export function formatSpeed(kbps: number): string {
  if (kbps < 1000) return `${kbps} kbps`;
  const mbps = kbps / 1000;
  return `${Number.isInteger(mbps) ? mbps : mbps.toFixed(1)} Mbps`;
}

/** "50/25 Mbps down/up". */
export const formatSpeeds = (p: { downloadKbps: number; uploadKbps: number }) => `${formatSpeed(p.downloadKbps)} / ${formatSpeed(p.uploadKbps)}`;

/** Bytes as decimal GB (as ISPs sell caps), or "Uncapped". */
export function formatCap(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return 'Uncapped';
  const gb = bytes / 1e9;
  return gb >= 1000 ? `${(gb / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} TB` : `${gb.toLocaleString('en-GB', { maximumFractionDigits: 1 })} GB`;
}

export const ACCOUNT_STATUS_STYLE: Record<string, { color: string; label: string }> = {
  ACTIVE: { color: 'teal', label: 'Active' },
  SUSPENDED: { color: 'orange', label: 'Suspended' },
  CANCELLED: { color: 'gray', label: 'Cancelled' },
};

/** Today as YYYY-MM-DD (UTC, as the API counts days). */
export const todayIso = () => new Date().toISOString().slice(0, 10);
