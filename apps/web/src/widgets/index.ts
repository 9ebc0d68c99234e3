import { WIDGETS, isWidgetId } from '@sightline/access';
import { accountDetailsWidget } from './accountDetails/widget';
import { activeSessionsWidget } from './activeSessions/widget';
import { addressesWidget } from './addresses/widget';
import { ageAnalysisWidget } from './ageAnalysis/widget';
import { auditTrailWidget } from './auditTrail/widget';
import { dataAccountsWidget } from './dataAccounts/widget';
import { dataUsageWidget } from './dataUsage/widget';
import { notesWidget } from './notes/widget';
import { notificationSettingsWidget } from './notificationSettings/widget';
import { packageChangesWidget } from './packageChanges/widget';
import { phoneUsageWidget } from './phoneUsage/widget';
import { voipLinesWidget } from './voipLines/widget';
import { recurringBillingWidget } from './recurringBilling/widget';
import { billingDetailsWidget } from './billingDetails/widget';
import { paymentReceiptsWidget } from './paymentReceipts/widget';

/**
 * Every widget the web draws: one line each (its `widget.ts` says the rest). A widget of the
 * shared registry that is not listed here is not drawn yet. Order does not matter: the page
 * follows the registry's order.
 */
export const WIDGETS_DRAWN = [
  accountDetailsWidget,
  notesWidget,
  addressesWidget,
  auditTrailWidget,
  notificationSettingsWidget,
  dataAccountsWidget,
  packageChangesWidget,
  dataUsageWidget,
  activeSessionsWidget,
  phoneUsageWidget,
  voipLinesWidget,
  billingDetailsWidget,
  recurringBillingWidget,
  paymentReceiptsWidget,
  ageAnalysisWidget,
] as const;

export type AnyDrawnWidget = (typeof WIDGETS_DRAWN)[number];
export type DrawnWidgetId = AnyDrawnWidget['id'];

/** The drawn widgets in the shared registry's order: the order of the cards and the query. */
export const WIDGETS_IN_PAGE_ORDER: readonly AnyDrawnWidget[] = WIDGETS.flatMap((w) =>
  WIDGETS_DRAWN.filter((d) => d.id === w.id),
);

export function isDrawnWidget(id: string): id is DrawnWidgetId {
  return WIDGETS_DRAWN.some((w) => w.id === id);
}

/** Why a list of widgets cannot be drawn: ids outside the shared registry, ids listed twice. */
export function widgetListProblems(list: readonly { id: string }[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { id } of list) {
    if (!isWidgetId(id)) problems.push(`"${id}" is not a widget of the shared registry`);
    if (seen.has(id)) problems.push(`"${id}" is listed twice`);
    seen.add(id);
  }
  return problems;
}
