import type { DemoSeed } from '../../kernel/module';
import { Reseller } from './reseller.entity';

/** Fixed ids, so tests and docs can name the demo resellers. */
export const DEMO_RESELLERS = [
  { id: '00000000-0000-4000-a000-00000000000a', name: 'Reseller A (Karoo Wireless)', code: 'reseller-a' },
  { id: '00000000-0000-4000-a000-00000000000b', name: 'Reseller B (Lowveld Connect)', code: 'reseller-b' },
] as const;

export async function seedDemoResellers({ em }: DemoSeed) {
  await em.createQueryBuilder().insert().into(Reseller).values([...DEMO_RESELLERS]).orIgnore().execute();
}
