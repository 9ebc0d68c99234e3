import { can, isAuthenticated, widgetField, type RuleFragment } from '../../kernel/rules';

export const notificationSettingsRules: RuleFragment = {
  Customer: { notificationSettings: widgetField('notificationSettings:read') },
  Mutation: {
    setNotificationDestinations: can('notificationSettings:write'),
    applyDefaultNotificationDestinations: can('notificationSettings:write'),
  },
  NotificationSettings: isAuthenticated,
  NotificationCell: isAuthenticated,
  NotificationTarget: isAuthenticated,
};
