import { IsArray, IsOptional, IsString, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NotificationChannel, NotificationKind } from './notification-destination.entity';

@InputType({ description: 'Replaces the destinations of one kind of message by one channel' })
export class SetNotificationDestinationsInput {
  @Field(() => ID)
  @IsUUID()
  customerId: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationChannel)
  channel: NotificationChannel;

  @Field(() => [String], { description: 'Email addresses (EMAIL) or mobile numbers (SMS, any common form; stored as E.164); [] stops it' })
  @IsArray()
  @IsString({ each: true })
  destinations: string[];
}

@InputType({ description: "Sends a kind of message (or all) to the customer's billing emails and mobile number" })
export class ApplyDefaultNotificationDestinationsInput {
  @Field(() => ID)
  @IsUUID()
  customerId: string;

  @Field(() => NotificationKind, { nullable: true, description: 'Only this kind (default: every kind)' })
  @IsOptional()
  kind?: NotificationKind | null;

  @Field(() => NotificationChannel, { nullable: true, description: 'Only this channel (default: both)' })
  @IsOptional()
  channel?: NotificationChannel | null;
}
