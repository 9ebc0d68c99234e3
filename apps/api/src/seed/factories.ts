import { Faker, en, en_GB, en_ZA, base } from '@faker-js/faker';
import { AddressKind } from '../modules/addresses';
import { CustomerStatus, CustomerType } from '../modules/customers';
import { NoteCategory } from '../modules/notes';

/** Deterministic fakers: the same seed gives the same customers on every machine. */
export function fakers(seed: number) {
  const za = new Faker({ locale: [en_ZA, en, base] });
  const gb = new Faker({ locale: [en_GB, en, base] });
  za.seed(seed);
  gb.seed(seed + 1);
  return { za, gb };
}

const ZA_PACKAGES = ['Fibre 50/50', 'Fibre 100/100', 'Wireless 20/10', 'LTE Uncapped', 'Fibre 200/100'];
const NOTE_TEXTS = [
  'Customer called about slow speeds in the evening; ran a line test, all clear.',
  'Billing suspended due to connectivity issues at the tower; credit to follow.',
  'Invoice credited because of a duplicate debit order run.',
  'Requested an upgrade quote for the business line.',
  'Router replaced under warranty, old unit collected.',
  'Promised to pay the arrears by the end of the month.',
  'Site survey booked for the new branch office.',
  'Customer prefers contact by email only, not SMS.',
];

export interface FakeCustomer {
  values: Record<string, unknown>;
  contacts: Record<string, unknown>[];
  addresses: Record<string, unknown>[];
  notes: Record<string, unknown>[];
}

/** One realistic ISP customer (South African or UK), with contacts, addresses and notes. */
export function fakeCustomer(f: ReturnType<typeof fakers>, i: number, opts: { resellerId: string | null; accountManagerId: string | null; authorName: string }): FakeCustomer {
  const uk = i % 4 === 3;
  const fk = uk ? f.gb : f.za;
  const business = fk.number.int(9) < 3;
  const first = fk.person.firstName();
  const last = fk.person.lastName();
  const company = business ? fk.company.name() : null;
  const name = business ? company! : `${first} ${last}`;
  const domain = business
    ? fk.internet.domainName()
    : fk.helpers.arrayElement(uk ? ['gmail.com', 'outlook.com', 'btinternet.com', 'sky.com'] : ['gmail.com', 'outlook.com', 'webmail.co.za', 'mweb.co.za']);
  const email = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + `@${domain}`;
  const address = () => ({
    line1: fk.location.streetAddress(),
    line2: fk.number.int(4) === 0 ? `Unit ${fk.number.int({ min: 1, max: 40 })}` : null,
    city: fk.location.city(),
    region: uk ? fk.location.county() : fk.helpers.arrayElement(['Gauteng', 'Western Cape', 'KwaZulu-Natal', 'Eastern Cape', 'Free State', 'Limpopo']),
    postalCode: uk ? fk.location.zipCode() : String(fk.number.int({ min: 1000, max: 9999 })),
    country: uk ? 'United Kingdom' : 'South Africa',
  });
  const phone = () => (uk ? `+44 7${fk.string.numeric(3)} ${fk.string.numeric(6)}` : `+27 ${fk.helpers.arrayElement(['82', '83', '72', '73', '84', '61'])} ${fk.string.numeric(3)} ${fk.string.numeric(4)}`);
  const physical = address();
  const statusRoll = fk.number.int(99);
  const status =
    statusRoll < 85 ? CustomerStatus.ACTIVE : statusRoll < 90 ? CustomerStatus.ACTIVE_DO_NOT_BILL : statusRoll < 94 ? CustomerStatus.FINAL_BILL : CustomerStatus.DROPPED;
  const joinedAt = fk.date.between({ from: '2016-01-01T00:00:00Z', to: '2026-10-31T00:00:00Z' });
  const values = {
    accountNumber: `SL${100001 + i}`,
    name,
    companyName: company,
    status,
    customerType: business ? CustomerType.BUSINESS : CustomerType.RESIDENTIAL,
    customerGroup: business ? 'Business' : fk.helpers.arrayElement(['Home', 'Home', 'Student', 'Estate']),
    emails: business && fk.datatype.boolean() ? [email, `accounts@${domain}`] : [email],
    phone: phone(),
    mobile: fk.datatype.boolean() ? phone() : null,
    vatNumber: business && !uk ? `4${fk.string.numeric(9)}` : business ? `GB${fk.string.numeric(9)}` : null,
    accountManagerId: opts.accountManagerId,
    resellerId: opts.resellerId,
    physicalAddress: physical,
    postalAddress: fk.number.int(4) === 0 ? { ...physical, line1: `PO Box ${fk.number.int({ min: 10, max: 9999 })}`, line2: null } : physical,
    latitude: uk ? fk.location.latitude({ min: 50.5, max: 55 }) : fk.location.latitude({ min: -34.5, max: -22.5 }),
    longitude: uk ? fk.location.longitude({ min: -4, max: 1.5 }) : fk.location.longitude({ min: 17, max: 32 }),
    joinedAt,
    // Opening balance carried over from the previous billing system (cents; most accounts are up to date).
    balanceCents: fk.number.int(9) < 7 ? 0 : fk.number.int({ min: 29900, max: 450000 }),
    currency: uk ? 'GBP' : 'ZAR',
  };
  const contacts = Array.from({ length: fk.number.int({ min: 1, max: 3 }) }, (_, c) => {
    const cf = c === 0 ? first : fk.person.firstName();
    const cl = c === 0 ? last : fk.person.lastName();
    return {
      name: `${cf} ${cl}`,
      role: c === 0 ? (business ? 'Owner' : 'Account holder') : fk.helpers.arrayElement(['Accounts', 'Technical', 'Spouse', 'Office manager']),
      phone: phone(),
      email: c === 0 ? email : `${cf}.${cl}`.toLowerCase().replace(/[^a-z.]/g, '') + `@${domain}`,
      isPrimary: c === 0,
    };
  });
  const addresses = Array.from({ length: fk.number.int({ min: 0, max: 2 }) }, (_, a) => ({
    label: a === 0 ? (business ? 'Branch office' : 'Holiday home') : 'Installation site',
    kind: a === 0 ? (business ? AddressKind.BUSINESS : AddressKind.HOME) : AddressKind.INSTALLATION,
    address: address(),
    latitude: null,
    longitude: null,
    notes: `${fk.helpers.arrayElement(ZA_PACKAGES)} installed here`,
  }));
  const notes = Array.from({ length: fk.number.int({ min: 0, max: 4 }) }, () => ({
    body: fk.helpers.arrayElement(NOTE_TEXTS),
    category: fk.helpers.arrayElement([NoteCategory.ACCOUNT, NoteCategory.BILLING, NoteCategory.OTHER]),
    popup: fk.number.int(39) === 0,
    authorName: opts.authorName,
    createdAt: fk.date.between({ from: joinedAt, to: '2026-11-20T00:00:00Z' }),
  }));
  return { values, contacts, addresses, notes };
}
