import { demoFakers } from '../../kernel/demo';
import type { DemoSeed } from '../../kernel/module';
import type { CustomerEntity } from '../customers';
import { NotificationChannel, NotificationKind } from './notification-destination.entity';
import { defaultDestinations } from './notification-settings.service';

type Row = [customerId: string, kind: NotificationKind, channel: NotificationChannel, address: string, position: number];

const CHUNK = 20_000;

/**
 * Settings for about nine in ten demo customers, from their own account details: invoices and
 * ticket replies by email, usage alerts and suspension warnings by email and SMS. About one in
 * thirty also keeps an address that is no longer on the account (an old mailbox, a previous
 * cell phone), so the widget's warning shows in the demo.
 */
export async function seedDemoNotificationSettings(demo: DemoSeed) {
  if (!demo.made.length) return;
  const f = demoFakers(demo.seed, 'notification-settings', demo.first);
  const customers: Pick<CustomerEntity, 'id' | 'emails' | 'phone' | 'mobile' | 'physicalAddress'>[] = (
    await demo.em.query(
      'SELECT id, emails, phone, mobile, physical_country AS country FROM customer WHERE id = ANY($1::uuid[])',
      [demo.made.map((c) => c.id)],
    )
  ).map((r: { id: string; emails: string[]; phone: string | null; mobile: string | null; country: string | null }) => ({
    ...r,
    physicalAddress: { country: r.country },
  }));
  const byId = new Map(customers.map((c) => [c.id, c]));
  const rows: Row[] = [];
  for (const made of demo.made) {
    const fk = f.for(made.uk);
    const customer = byId.get(made.id);
    if (!customer || fk.number.int(9) === 0) continue;
    const emails = defaultDestinations(customer as CustomerEntity, NotificationChannel.EMAIL);
    const sms = defaultDestinations(customer as CustomerEntity, NotificationChannel.SMS);
    const orphan = fk.number.int(29) === 0;
    const stale = {
      email: `${made.firstName}.${made.lastName}@old-mail.example`.toLowerCase().replace(/[^a-z.@-]/g, ''),
      sms: made.uk ? `+4477009${fk.string.numeric(5)}` : `+2776${fk.string.numeric(7)}`,
    };
    const add = (kind: NotificationKind, channel: NotificationChannel, list: string[]) =>
      list.forEach((address, position) => rows.push([made.id, kind, channel, address, position]));
    add(NotificationKind.INVOICE, NotificationChannel.EMAIL, orphan && fk.datatype.boolean() ? [...emails, stale.email] : emails);
    add(NotificationKind.TICKET_REPLY, NotificationChannel.EMAIL, emails.slice(0, 1));
    add(NotificationKind.USAGE_ALERT, NotificationChannel.EMAIL, emails.slice(0, 1));
    add(NotificationKind.USAGE_ALERT, NotificationChannel.SMS, orphan ? [stale.sms] : sms);
    add(NotificationKind.SUSPENSION_WARNING, NotificationChannel.EMAIL, emails);
    add(NotificationKind.SUSPENSION_WARNING, NotificationChannel.SMS, sms);
  }
  // One statement per 20,000 rows: arrays unnested by PostgreSQL, not a row at a time.
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await demo.em.query(
      `INSERT INTO notification_destination (customer_id, kind, channel, address, position)
       SELECT * FROM unnest($1::uuid[], $2::notification_kind[], $3::notification_channel[], $4::text[], $5::smallint[])`,
      [0, 1, 2, 3, 4].map((k) => chunk.map((r) => r[k])),
    );
  }
}
