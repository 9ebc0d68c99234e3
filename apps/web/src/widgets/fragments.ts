import type { WidgetId } from '@sightline/access';
import { AccountDetailsWidgetFragment } from './accountDetails/fragment';
import { AddressesWidgetFragment } from './addresses/fragment';
import { AuditTrailWidgetFragment } from './auditTrail/fragment';
import { NotesWidgetFragment } from './notes/fragment';

/**
 * The fragment on `Customer` of every widget the web can draw, keyed by the shared registry's
 * widget ids. Kept apart from the components so the query composition (and its integration
 * test) never loads React.
 */
export const WIDGET_FRAGMENTS = {
  accountDetails: AccountDetailsWidgetFragment,
  notes: NotesWidgetFragment,
  addresses: AddressesWidgetFragment,
  auditTrail: AuditTrailWidgetFragment,
} satisfies Partial<Record<WidgetId, unknown>>;

export type DrawnWidgetId = keyof typeof WIDGET_FRAGMENTS;

export function isDrawnWidget(id: string): id is DrawnWidgetId {
  return Object.prototype.hasOwnProperty.call(WIDGET_FRAGMENTS, id);
}
