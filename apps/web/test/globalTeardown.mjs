export default async function globalTeardown() {
  await globalThis.__SIGHTLINE_DB_TEARDOWN__?.();
}
