import { defineWidget } from '../defineWidget';
import { BillingDetailsWidgetFragment } from './fragment';

export const billingDetailsWidget = defineWidget({
  id: 'billingDetails',
  fragment: BillingDetailsWidgetFragment,
  span: 6,
  component: () => import('./BillingDetailsWidget').then((m) => m.BillingDetailsWidget),
});
