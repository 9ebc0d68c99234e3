import { defineWidget } from '../defineWidget';
import { DataAccountsWidgetFragment } from './fragment';

export const dataAccountsWidget = defineWidget({
  id: 'dataAccounts',
  fragment: DataAccountsWidgetFragment,
  span: 12,
  component: () => import('./DataAccountsWidget').then((m) => m.DataAccountsWidget),
});
