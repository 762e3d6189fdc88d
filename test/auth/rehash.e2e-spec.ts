import argon2 from 'argon2';
import { databaseTargets, sql } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe.each(databaseTargets())('Password hash upgrades on $name', (target) => {
  let t: TestApp;

  beforeAll(async () => {
    // Today's parameters are stronger than those the stored hash was made with.
    t = await startTestApp(target, { ARGON2_TIME_COST: '3' });
  });
  afterAll(() => t.close());

  it('re-hashes an older, weaker hash on the next successful sign-in, and only then', async () => {
    const email = `legacy.${Date.now()}@example.com`;
    const password = 'an older but fine passphrase';
    const weak = await argon2.hash(password, {
      type: argon2.argon2id,
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
    });
    await sql(t.databaseUrl, `INSERT INTO users (email, name, role, password_hash) VALUES ($1, 'Legacy', 'user', $2)`, [
      email,
      weak,
    ]);
    const storedHash = async () =>
      (
        await sql<{ password_hash: string }>(t.databaseUrl, 'SELECT password_hash FROM users WHERE email = $1', [email])
      )[0]?.password_hash;

    expect((await t.http.post('/api/v1/auth/login', { body: { email, password: 'not the password' } })).status).toBe(
      401,
    );
    expect(await storedHash()).toBe(weak);

    expect((await t.http.post('/api/v1/auth/login', { body: { email, password } })).status).toBe(200);
    const upgraded = await storedHash();
    expect(upgraded).not.toBe(weak);
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=19456,(p=1,t=3|t=3,p=1)\$/);
    expect((await t.http.post('/api/v1/auth/login', { body: { email, password } })).status).toBe(200);
  });
});
