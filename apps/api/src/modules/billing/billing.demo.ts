import type { DemoSeed } from '../../kernel/module';

export async function seedDemoBilling(_demo: DemoSeed) {}
