import { randomUUID } from 'node:crypto';
import { createAdmin, type SignedIn } from '../support/accounts.js';
import { databaseTargets, sql } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Listed {
  id: string;
  email: string;
  name: string;
  createdAt: string;
}

/**
 * Keyset pagination on the admin user list: every walk runs inside users tagged for this spec (the
 * `q` filter), so the admin and other rows never interfere.
 */
describe.each(databaseTargets())('User list cursors on $name', (target) => {
  let t: TestApp;
  let admin: SignedIn;
  const tag = `cursorwalk${randomUUID().slice(0, 8)}`;

  /**
   * Inserts tagged users directly (no password hashing): created_at values that share a millisecond
   * and even a microsecond, so a cursor that kept less than PostgreSQL's precision would skip rows.
   */
  const insertUsers = (labels: string[], createdAt: (i: number) => string) =>
    sql(
      t.databaseUrl,
      `INSERT INTO users (email, name, password_hash, created_at)
       SELECT lower(label) || '.' || $1 || '@example.com', $1 || ' ' || label, 'not-a-hash', at::timestamptz
       FROM unnest($2::text[], $3::text[]) AS input(label, at)`,
      [tag, labels, labels.map((_, i) => createdAt(i))],
    );

  const list = (query: string) => t.http.get(`/api/v1/users?q=${tag}&${query}`, { token: admin.accessToken });

  /** Follows nextCursor from the first page to the last; `between` runs after each page. */
  async function walk(query: string, between: (page: number) => Promise<void> = () => Promise.resolve()) {
    const seen: Listed[] = [];
    let response = await list(query);
    for (let page = 1; ; page++) {
      expect(response.status).toBe(200);
      seen.push(...(response.body.items as Listed[]));
      const next = response.body.nextCursor as string | null;
      expect(response.body.hasNextPage).toBe(next !== null);
      if (next === null) {
        return seen;
      }
      await between(page);
      response = await list(`${query}&cursor=${next}`);
      expect(response.body).not.toHaveProperty('page');
      expect(response.body).not.toHaveProperty('total');
    }
  }

  beforeAll(async () => {
    t = await startTestApp(target);
    admin = await createAdmin(t);
    // Ten users: three share one microsecond (the id breaks the tie), two more share its millisecond.
    await insertUsers(
      ['Kilo', 'Alpha', 'Hotel', 'Echo', 'Bravo', 'India', 'Golf', 'Juliet', 'Charlie', 'Delta'],
      (i) =>
        i < 3 ? '2026-01-01T00:00:00.000100Z' : i < 5 ? `2026-01-01T00:00:00.00020${i}Z` : `2026-01-0${i}T00:00:00Z`,
    );
  });
  afterAll(() => t.close());

  it.each(['-createdAt', 'createdAt', 'email', '-name', 'role', '-role'])(
    'walks sort %s page by page in the order of one big page, each user once',
    async (sort) => {
      const whole = await list(`sort=${sort}&limit=100`);
      expect(whole.body.total).toBe(10);
      expect(whole.body.nextCursor).toBeNull();

      const walked = await walk(`sort=${sort}&limit=3`);

      expect(walked.map((user) => user.id)).toEqual((whole.body.items as Listed[]).map((user) => user.id));
    },
  );

  it('stays stable under inserts between pages: no duplicate, no gap, later rows ahead of the cursor included', async () => {
    const before = (await list('sort=email&limit=100')).body.items as Listed[];
    const added: string[] = [];

    // After the first page (alpha, bravo, charlie): one user sorts before it, one far after it.
    const walked = await walk('sort=email&limit=3', async (page) => {
      if (page === 1) {
        await insertUsers(['Aaron', 'Zulu'], () => new Date().toISOString());
        added.push('aaron', 'zulu');
      }
    });

    const emails = walked.map((user) => user.email.split('.')[0]);
    expect(new Set(emails).size).toBe(emails.length);
    // Everyone who was there, in order, plus the row inserted ahead of the cursor; not the one behind it.
    expect(emails).toEqual([...before.map((user) => user.email.split('.')[0]), 'zulu']);
    expect(added).toContain('aaron');
    // The same inserts shift a page-number walk: its page 2 now repeats the last user of page 1.
    const page1 = (await list('sort=email&limit=3&page=1')).body.items as Listed[];
    const page2 = (await list('sort=email&limit=3&page=2')).body.items as Listed[];
    expect(page1.map((user) => user.email.split('.')[0])).toEqual(['aaron', 'alpha', 'bravo']);
    expect(page2[0]?.email.split('.')[0]).toBe('charlie');
  });

  it('counts only page-number requests by default; includeTotal overrides either way', async () => {
    const numbered = await list('limit=2');
    expect(numbered.body).toMatchObject({ page: 1, limit: 2, hasNextPage: true });
    expect(typeof numbered.body.total).toBe('number');
    const uncounted = await list('limit=2&includeTotal=false');
    expect(uncounted.body).not.toHaveProperty('total');
    expect(uncounted.body.nextCursor).toBe(numbered.body.nextCursor);
    const counted = await list(`limit=2&cursor=${numbered.body.nextCursor}&includeTotal=true`);
    expect(counted.body.total).toBe(numbered.body.total);
  });

  const forged = (parts: string[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');

  it.each([
    ['made for another sort', (cursor: string) => `sort=email&cursor=${cursor}`],
    ['beside a page number', (cursor: string) => `page=2&cursor=${cursor}`],
    ['that is not base64url JSON', () => 'cursor=bm90IGpzb24'],
    [
      'holding an impossible date',
      () => `cursor=${forged(['-createdAt', '2026-02-30T00:00:00.000000Z', randomUUID()])}`,
    ],
    ['holding no UUID', () => `cursor=${forged(['-createdAt', '2026-01-01T00:00:00.000000Z', "1' OR '1'='1"])}`],
    ['with characters outside base64url', () => 'cursor=abc%2Bdef'],
  ])('answers a cursor %s with a 400 problem naming the cursor', async (_label, query) => {
    const first = await list('limit=2');

    const response = await list(query(first.body.nextCursor as string));

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });
});
