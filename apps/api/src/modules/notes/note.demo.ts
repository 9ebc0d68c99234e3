import { demoFakers, insertChunked } from '../../kernel/demo';
import type { DemoSeed } from '../../kernel/module';
import { CustomerNote, NoteCategory } from './customer-note.entity';

const TEXTS = [
  'Customer called about slow speeds in the evening; ran a line test, all clear.',
  'Billing suspended due to connectivity issues at the tower; credit to follow.',
  'Invoice credited because of a duplicate debit order run.',
  'Requested an upgrade quote for the business line.',
  'Router replaced under warranty, old unit collected.',
  'Promised to pay the arrears by the end of the month.',
  'Site survey booked for the new branch office.',
  'Customer prefers contact by email only, not SMS.',
];

/** Up to four notes per demo customer by its account manager; about one in forty pops up. */
export async function seedDemoNotes(demo: DemoSeed) {
  const f = demoFakers(demo.seed, 'notes', demo.first);
  const rows = demo.made.flatMap((c) => {
    const fk = f.for(c.uk);
    return Array.from({ length: fk.number.int({ min: 0, max: 4 }) }, () => ({
      customerId: c.id,
      body: fk.helpers.arrayElement(TEXTS),
      category: fk.helpers.arrayElement([NoteCategory.ACCOUNT, NoteCategory.BILLING, NoteCategory.OTHER]),
      popup: fk.number.int(39) === 0,
      authorName: c.accountManagerName ?? 'Support Demo',
      createdAt: fk.date.between({ from: c.joinedAt, to: '2026-11-20T00:00:00Z' }),
    }));
  });
  await insertChunked(demo.em, CustomerNote, rows, {
    'note.add': `SELECT customer_id, created_at AS at, 'customer_note:' || id AS target,
                        json_build_object('body', body, 'category', category, 'popup', popup)::text AS new_value FROM ins`,
  });
}
