import { defineWidget } from '../defineWidget';
import { PaymentReceiptsWidgetFragment } from './fragment';

export const paymentReceiptsWidget = defineWidget({
  id: 'paymentReceipts',
  fragment: PaymentReceiptsWidgetFragment,
  span: 6,
  component: () => import('./PaymentReceiptsWidget').then((m) => m.PaymentReceiptsWidget),
});
