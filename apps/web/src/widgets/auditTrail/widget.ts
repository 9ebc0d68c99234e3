import { defineWidget } from '../defineWidget';
import { AuditTrailWidgetFragment } from './fragment';

export const auditTrailWidget = defineWidget({
  id: 'auditTrail',
  fragment: AuditTrailWidgetFragment,
  span: 12,
  component: () => import('./AuditTrailWidget').then((m) => m.AuditTrailWidget),
});
