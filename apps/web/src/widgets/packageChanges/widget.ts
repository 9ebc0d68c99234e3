import { defineWidget } from '../defineWidget';
import { PackageChangesWidgetFragment } from './fragment';

export const packageChangesWidget = defineWidget({
  id: 'packageChanges',
  fragment: PackageChangesWidgetFragment,
  span: 6,
  component: () => import('./PackageChangesWidget').then((m) => m.PackageChangesWidget),
});
