import { demoAddress, demoFakers, insertChunked } from '../../kernel/demo';
import type { DemoSeed } from '../../kernel/module';
import { AddressKind, CustomerAddress } from './customer-address.entity';

const PACKAGES = ['Fibre 50/50', 'Fibre 100/100', 'Wireless 20/10', 'LTE Uncapped', 'Fibre 200/100'];

/** Up to two extra addresses per demo customer: a branch or holiday home, an installation site. */
export async function seedDemoAddresses(demo: DemoSeed) {
  const f = demoFakers(demo.seed, 'addresses', demo.first);
  const rows = demo.made.flatMap((c) => {
    const fk = f.for(c.uk);
    return Array.from({ length: fk.number.int({ min: 0, max: 2 }) }, (_, a) => ({
      customerId: c.id,
      label: a === 0 ? (c.business ? 'Branch office' : 'Holiday home') : 'Installation site',
      kind: a === 0 ? (c.business ? AddressKind.BUSINESS : AddressKind.HOME) : AddressKind.INSTALLATION,
      address: demoAddress(fk, c.uk),
      latitude: null,
      longitude: null,
      notes: `${fk.helpers.arrayElement(PACKAGES)} installed here`,
    }));
  });
  await insertChunked(demo.em, CustomerAddress, rows);
}
