import { LIMITS } from '@sightline/access';
import type { EntityManager } from 'typeorm';
import { audit, type Change } from '../../kernel/audit';
import { badInput } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import { inTransaction } from '../../kernel/transaction';
import { findCustomerInScope, type CustomerEntity } from '../customers';
import { countryOf, normaliseDestinations, toE164 } from './destination-rules';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  NotificationChannel,
  NotificationDestination,
  NotificationKind,
} from './notification-destination.entity';
import type { ApplyDefaultNotificationDestinationsInput, SetNotificationDestinationsInput } from './notification-settings.inputs';

interface CellChange {
  kind: NotificationKind;
  channel: NotificationChannel;
  addresses: string[];
}

const cellName = (kind: NotificationKind, channel: NotificationChannel) => `${kind}.${channel}`;

/**
 * Writes the given cells (each a whole list, replacing what was there) and audits each cell
 * that changed with its list before and after. Runs inside the caller's transaction.
 */
async function replaceCells(ctx: RequestContext, em: EntityManager, customerId: string, cells: CellChange[], action: string) {
  const current: Pick<NotificationDestination, 'kind' | 'channel' | 'address'>[] = await em.query(
    'SELECT kind, channel, address FROM notification_destination WHERE customer_id = $1 ORDER BY position, created_at',
    [customerId],
  );
  const changes: Change[] = [];
  const rows: Partial<NotificationDestination>[] = [];
  for (const { kind, channel, addresses } of cells) {
    const before = current.filter((d) => d.kind === kind && d.channel === channel).map((d) => d.address);
    if (JSON.stringify(before) === JSON.stringify(addresses)) continue;
    // An empty list is audited as null: "not sent that way".
    changes.push({ field: cellName(kind, channel), oldValue: before.length ? before : null, newValue: addresses.length ? addresses : null });
    rows.push(...addresses.map((address, position) => ({ customerId, kind, channel, address, position })));
  }
  if (!changes.length) return;
  await em.query(
    `DELETE FROM notification_destination WHERE customer_id = $1 AND (kind::text || '.' || channel::text) = ANY($2::text[])`,
    [customerId, changes.map((c) => c.field)],
  );
  if (rows.length) await em.createQueryBuilder().insert().into(NotificationDestination).values(rows).execute();
  await audit(em, ctx, { customerId, action, target: `notification_settings:${customerId}`, changes });
}

/** Replaces where one kind of message goes by one channel (an empty list stops it). */
export function setNotificationDestinations(ctx: RequestContext, input: SetNotificationDestinationsInput): Promise<CustomerEntity> {
  return inTransaction(ctx.db, async (em) => {
    // Locking the customer serialises two agents editing the same settings.
    const customer = await findCustomerInScope(ctx, input.customerId, em, { lock: true });
    const addresses = normaliseDestinations(input.channel, input.destinations, countryOf(customer.physicalAddress?.country));
    await replaceCells(ctx, em, customer.id, [{ kind: input.kind, channel: input.channel, addresses }], 'notification.set');
    return customer;
  });
}

/**
 * What account details suggest for a channel: the billing emails, or the mobile number (else
 * the phone number when it is a mobile one). Details that are not valid destinations are left out.
 */
export function defaultDestinations(customer: CustomerEntity, channel: NotificationChannel): string[] {
  const country = countryOf(customer.physicalAddress?.country);
  const candidates =
    channel === NotificationChannel.EMAIL
      ? customer.emails ?? []
      : [customer.mobile, customer.phone].filter((p): p is string => !!p && !!toE164(p, country));
  const valid = candidates.filter((text) => {
    try {
      return normaliseDestinations(channel, [text], country).length > 0;
    } catch {
      return false;
    }
  });
  const list = normaliseDestinations(channel, valid.slice(0, LIMITS.notificationSettings.destinations), country);
  return channel === NotificationChannel.SMS ? list.slice(0, 1) : list;
}

/**
 * Points the chosen cells (default: all) at the account details' billing emails and mobile
 * number. A channel the customer has no usable detail for is left as it is; asking for one
 * cell of such a channel is BAD_USER_INPUT.
 */
export function applyDefaultNotificationDestinations(ctx: RequestContext, input: ApplyDefaultNotificationDestinationsInput): Promise<CustomerEntity> {
  return inTransaction(ctx.db, async (em) => {
    const customer = await findCustomerInScope(ctx, input.customerId, em, { lock: true });
    const channels = input.channel ? [input.channel] : NOTIFICATION_CHANNELS;
    const kinds = input.kind ? [input.kind] : NOTIFICATION_KINDS;
    const cells: CellChange[] = [];
    for (const channel of channels) {
      const addresses = defaultDestinations(customer, channel);
      if (!addresses.length) {
        if (input.channel) {
          throw badInput(
            'channel',
            channel === NotificationChannel.EMAIL
              ? 'The account details have no billing email address to use'
              : 'The account details have no mobile number to use',
          );
        }
        continue;
      }
      cells.push(...kinds.map((kind) => ({ kind, channel, addresses })));
    }
    await replaceCells(ctx, em, customer.id, cells, 'notification.default');
    return customer;
  });
}
