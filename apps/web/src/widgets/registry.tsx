import type { ComponentType } from 'react';
import type { FragmentType } from '@/gql';
import { WIDGET_FRAGMENTS, type DrawnWidgetId } from './fragments';
import { AccountDetailsWidget } from './accountDetails/AccountDetailsWidget';
import { AddressesWidget } from './addresses/AddressesWidget';
import { AuditTrailWidget } from './auditTrail/AuditTrailWidget';
import { NotesWidget } from './notes/NotesWidget';

type Entry<K extends DrawnWidgetId> = {
  fragment: (typeof WIDGET_FRAGMENTS)[K];
  component: ComponentType<{ customer: FragmentType<(typeof WIDGET_FRAGMENTS)[K]> }>;
  /** Columns of the 12-column profile grid the card takes on wide screens. */
  span: number;
};

/**
 * The web's one map from widget id (the shared registry's ids) to its fragment and
 * component. A registry widget missing here is simply not drawn yet.
 */
export const WIDGET_REGISTRY: { [K in DrawnWidgetId]: Entry<K> } = {
  accountDetails: { fragment: WIDGET_FRAGMENTS.accountDetails, component: AccountDetailsWidget, span: 12 },
  notes: { fragment: WIDGET_FRAGMENTS.notes, component: NotesWidget, span: 6 },
  addresses: { fragment: WIDGET_FRAGMENTS.addresses, component: AddressesWidget, span: 6 },
  auditTrail: { fragment: WIDGET_FRAGMENTS.auditTrail, component: AuditTrailWidget, span: 12 },
};
