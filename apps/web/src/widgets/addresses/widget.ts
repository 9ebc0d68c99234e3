import { defineWidget } from '../defineWidget';
import { AddressesWidgetFragment } from './fragment';

export const addressesWidget = defineWidget({
  id: 'addresses',
  fragment: AddressesWidgetFragment,
  span: 6,
  component: () => import('./AddressesWidget').then((m) => m.AddressesWidget),
});
