import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NotificationChannel, NotificationKind } from './notification-destination.entity';

@ObjectType({ description: 'One destination of a kind of message by one channel' })
export class NotificationTarget {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'An email address (EMAIL) or an E.164 mobile number (SMS)' })
  address: string;

  @Field(() => Boolean, {
    description: "True when it matches none of the customer's current emails or phone numbers (account details and contacts)",
  })
  orphaned: boolean;
}

@ObjectType({ description: 'Where one kind of message goes by one channel; no destinations: not sent that way' })
export class NotificationCell {
  @Field(() => ID, { description: 'customerId:kind:channel (stable, for client caches)' })
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationChannel)
  channel: NotificationChannel;

  @Field(() => [NotificationTarget])
  destinations: NotificationTarget[];
}

@ObjectType({ description: 'Widget notificationSettings: every kind of message × channel, with its destinations' })
export class NotificationSettings {
  @Field(() => ID, { description: "The customer's id (for client caches)" })
  id: string;

  @Field(() => [NotificationCell], { description: 'Every kind × channel, in a fixed order (empty cells included)' })
  cells: NotificationCell[];

  @Field(() => Int, { description: 'Destinations that match none of the current emails or phone numbers' })
  orphanedCount: number;
}
