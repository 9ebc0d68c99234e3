import { Badge } from '@mantine/core';
import { statusStyle } from './statusColors';

export function StatusBadge({ status, size = 'sm' }: { status: string; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { color, label } = statusStyle(status);
  return (
    <Badge color={color} variant="light" size={size} data-status={status}>
      {label}
    </Badge>
  );
}
