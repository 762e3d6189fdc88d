export default async function globalTeardown(): Promise<void> {
  const embedded = globalThis.__embeddedPostgres;
  if (!embedded) {
    return;
  }
  await embedded.handle.stop();
  const { rmSync } = await import('node:fs');
  rmSync(embedded.dir, { recursive: true, force: true });
}
