import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context';
import type { CustomerEntity } from '../customers';
import { Customer } from '../customers';
import { countryOf, orphanCheck } from './destination-rules';
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from './notification-destination.entity';
import { ApplyDefaultNotificationDestinationsInput, SetNotificationDestinationsInput } from './notification-settings.inputs';
import { applyDefaultNotificationDestinations, setNotificationDestinations } from './notification-settings.service';
import { NotificationSettings } from './notification-settings.type';

@Resolver(() => Customer)
export class NotificationSettingsResolver {
  @FieldResolver(() => NotificationSettings, {
    nullable: true,
    description: 'Widget notificationSettings: where each kind of message goes by email and SMS (seed 000 §3.6)',
  })
  async notificationSettings(@Root() customer: CustomerEntity, @Ctx() ctx: Context): Promise<NotificationSettings> {
    // Both loaders batch over every customer of the request; contacts is shared with that widget.
    const [destinations, contacts] = await Promise.all([
      ctx.loaders['notification-settings'].destinationsByCustomer.load(customer.id),
      ctx.loaders.contacts.byCustomer.load(customer.id),
    ]);
    const isOrphaned = orphanCheck({
      emails: [...(customer.emails ?? []), ...contacts.map((k) => k.email)],
      phones: [customer.phone, customer.mobile, ...contacts.map((k) => k.phone)],
      country: countryOf(customer.physicalAddress?.country),
    });
    let orphanedCount = 0;
    const cells = NOTIFICATION_KINDS.flatMap((kind) =>
      NOTIFICATION_CHANNELS.map((channel) => ({
        id: `${customer.id}:${kind}:${channel}`,
        kind,
        channel,
        destinations: destinations
          .filter((d) => d.kind === kind && d.channel === channel)
          .map((d) => {
            const orphaned = isOrphaned(channel, d.address);
            if (orphaned) orphanedCount++;
            return { id: d.id, address: d.address, orphaned };
          }),
      })),
    );
    return { id: customer.id, cells, orphanedCount };
  }

  @Mutation(() => Customer, { description: 'Replaces the destinations of one kind of message by one channel; returns the customer' })
  setNotificationDestinations(@Arg('input', () => SetNotificationDestinationsInput) input: SetNotificationDestinationsInput, @Ctx() ctx: Context) {
    return setNotificationDestinations(ctx, input);
  }

  @Mutation(() => Customer, { description: "Points a kind of message (or all) at the account details' billing emails and mobile number" })
  applyDefaultNotificationDestinations(
    @Arg('input', () => ApplyDefaultNotificationDestinationsInput) input: ApplyDefaultNotificationDestinationsInput,
    @Ctx() ctx: Context,
  ) {
    return applyDefaultNotificationDestinations(ctx, input);
  }
}
