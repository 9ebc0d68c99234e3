import { defineWidget } from '../defineWidget';
import { RecurringBillingWidgetFragment } from './fragment';

export const recurringBillingWidget = defineWidget({
  id: 'recurringBilling',
  fragment: RecurringBillingWidgetFragment,
  span: 12,
  component: () => import('./RecurringBillingWidget').then((m) => m.RecurringBillingWidget),
});
