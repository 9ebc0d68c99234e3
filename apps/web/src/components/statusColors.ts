import type { CustomerStatus } from '@/gql/graphql';

/**
 * The status colour code used wherever a customer appears (seed 004: "links are colour-coded
 * to show the customer's status"). One table so the list, links and header always agree.
 */
export const STATUS_STYLE: Record<CustomerStatus, { color: string; label: string }> = {
  ACTIVE: { color: 'teal', label: 'Active' },
  ACTIVE_DO_NOT_BILL: { color: 'violet', label: 'Active – do not bill' },
  FINAL_BILL: { color: 'orange', label: 'Final bill' },
  DROPPED: { color: 'gray', label: 'Dropped' },
};

export const CUSTOMER_STATUSES = Object.keys(STATUS_STYLE) as CustomerStatus[];

export function statusStyle(status: string) {
  return STATUS_STYLE[status as CustomerStatus] ?? { color: 'gray', label: status };
}
