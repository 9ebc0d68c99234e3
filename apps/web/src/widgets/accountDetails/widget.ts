import { defineWidget } from '../defineWidget';
import { AccountDetailsWidgetFragment } from './fragment';

export const accountDetailsWidget = defineWidget({
  id: 'accountDetails',
  fragment: AccountDetailsWidgetFragment,
  span: 12,
  component: () => import('./AccountDetailsWidget').then((m) => m.AccountDetailsWidget),
});
