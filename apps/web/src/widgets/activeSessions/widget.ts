import { defineWidget } from '../defineWidget';
import { ActiveSessionsWidgetFragment } from './fragment';

export const activeSessionsWidget = defineWidget({
  id: 'activeSessions',
  fragment: ActiveSessionsWidgetFragment,
  span: 12,
  component: () => import('./ActiveSessionsWidget').then((m) => m.ActiveSessionsWidget),
});
