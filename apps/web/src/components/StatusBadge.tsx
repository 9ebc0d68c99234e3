import { Badge } from '@mantine/core';
import { statusStyle } from './statusColors';

/** Badge styles that never cut the label short (narrow table columns). */
export const NO_TRUNCATE = {
  root: { flex: 'none', maxWidth: 'none', overflow: 'visible' },
  label: { overflow: 'visible', textOverflow: 'clip' },
} as const;

export function StatusBadge({ status, size = 'sm' }: { status: string; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { color, label } = statusStyle(status);
  return (
    // Never truncate: "Active – do not bill" must read in full in a narrow table column.
    <Badge color={color} variant="light" size={size} data-status={status} styles={NO_TRUNCATE}>
      {label}
    </Badge>
  );
}
