// The public face of the notification-settings module: other modules and the app import only from here.
export { notificationSettingsModule } from './notification-settings.module';
export * from './notification-destination.entity';
