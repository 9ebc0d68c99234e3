import { defineWidget } from '../defineWidget';
import { NotificationSettingsWidgetFragment } from './fragment';

export const notificationSettingsWidget = defineWidget({
  id: 'notificationSettings',
  fragment: NotificationSettingsWidgetFragment,
  span: 6,
  component: () => import('./NotificationSettingsWidget').then((m) => m.NotificationSettingsWidget),
});
