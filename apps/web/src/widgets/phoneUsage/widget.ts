import { defineWidget } from '../defineWidget';
import { PhoneUsageWidgetFragment } from './fragment';

export const phoneUsageWidget = defineWidget({
  id: 'phoneUsage',
  fragment: PhoneUsageWidgetFragment,
  span: 6,
  component: () => import('./PhoneUsageWidget').then((m) => m.PhoneUsageWidget),
});
