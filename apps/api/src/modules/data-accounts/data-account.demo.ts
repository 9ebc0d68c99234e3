import type { DemoSeed } from '../../kernel/module';

/** Filled in with the demo data commit. */
export async function seedDemoDataAccounts(_demo: DemoSeed) {}
