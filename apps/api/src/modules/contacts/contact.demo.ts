import { demoFakers, demoPhone, emailLocal, insertChunked } from '../../kernel/demo';
import type { DemoSeed } from '../../kernel/module';
import { Contact } from './contact.entity';

/** One to three contact persons per demo customer; the first is the account holder. */
export async function seedDemoContacts(demo: DemoSeed) {
  const f = demoFakers(demo.seed, 'contacts', demo.first);
  const rows = demo.made.flatMap((c) => {
    const fk = f.for(c.uk);
    return Array.from({ length: fk.number.int({ min: 1, max: 3 }) }, (_, k) => {
      const first = k === 0 ? c.firstName : fk.person.firstName();
      const last = k === 0 ? c.lastName : fk.person.lastName();
      return {
        customerId: c.id,
        name: `${first} ${last}`,
        role: k === 0 ? (c.business ? 'Owner' : 'Account holder') : fk.helpers.arrayElement(['Accounts', 'Technical', 'Spouse', 'Office manager']),
        phone: demoPhone(fk, c.uk),
        email: `${emailLocal(first, last)}@${c.emailDomain}`,
        isPrimary: k === 0,
      };
    });
  });
  await insertChunked(demo.em, Contact, rows);
}
