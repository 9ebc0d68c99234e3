import { registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CustomerOwned } from '../customers';

/** The kinds of message a customer receives (WIDGETS.md row 6). */
export enum NotificationKind {
  INVOICE = 'invoice',
  USAGE_ALERT = 'usage_alert',
  SUSPENSION_WARNING = 'suspension_warning',
  TICKET_REPLY = 'ticket_reply',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

export enum NotificationChannel {
  EMAIL = 'email',
  SMS = 'sms',
}
registerEnumType(NotificationChannel, { name: 'NotificationChannel' });

export const NOTIFICATION_KINDS = Object.values(NotificationKind);
export const NOTIFICATION_CHANNELS = Object.values(NotificationChannel);

/**
 * One place a kind of message goes by one channel: an email address, or a mobile number in
 * E.164. A kind + channel without rows sends nothing that way.
 */
@Entity('notification_destination')
@Index('notification_destination_key', ['customerId', 'kind', 'channel', 'address'], { unique: true })
export class NotificationDestination extends CustomerOwned() {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column({ type: 'enum', enum: NotificationChannel, enumName: 'notification_channel' })
  channel: NotificationChannel;

  @Column({ type: 'text' })
  address: string;

  /** Order within its kind + channel, as the agent listed them. */
  @Column({ type: 'smallint', default: 0 })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
