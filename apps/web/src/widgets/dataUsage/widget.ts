import { defineWidget } from '../defineWidget';
import { DataUsageWidgetFragment } from './fragment';

export const dataUsageWidget = defineWidget({
  id: 'dataUsage',
  fragment: DataUsageWidgetFragment,
  span: 12,
  component: () => import('./DataUsageWidget').then((m) => m.DataUsageWidget),
});
