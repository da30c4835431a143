export default async function globalTeardown() {
  await globalThis.__ACCORD_TEST_DATABASE__?.stop();
}
