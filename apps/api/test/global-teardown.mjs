export default async function globalTeardown() {
  await globalThis.__sightlineTestDb?.teardown();
}
