import { createGroundworkClient, type GroundworkClient, type Schemas } from '@groundwork/client';
import { PASSWORD, uniqueEmail } from '../support/accounts.js';
import { databaseTargets, sql } from '../support/databases.js';
import { contractCheckedFetch } from '../support/contract-checked-fetch.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const credentials = (label: string) => ({ email: uniqueEmail(label), password: PASSWORD, name: `Proof ${label}` });

// The whole user journey through the generated, typed client (@groundwork/client) against the
// real app: if the contract and the code drift apart, this stops compiling or fails here.
describe.each(databaseTargets())('typed client journey on $name', (target) => {
  let t: TestApp;
  let sink: SmtpSink;
  let fetchChecked: (request: Request) => Promise<Response>;
  /** The token the user's client sends; the journey swaps it as the user signs in, refreshes and out. */
  let userToken: string | undefined;
  let client: GroundworkClient;
  const user = credentials('journey');

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(target, { SMTP_URL: sink.url, APP_URL: 'http://app.test' });
    fetchChecked = await contractCheckedFetch(t.baseUrl);
    client = createGroundworkClient(t.baseUrl, { getToken: () => userToken, fetch: fetchChecked });
  });

  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  /** A client as someone else: their own token, the same contract checks. */
  const clientWith = (token: string): GroundworkClient =>
    createGroundworkClient(t.baseUrl, { getToken: () => token, fetch: fetchChecked });

  it('registers, verifies the email from the mailed link, signs in, refreshes and reads me', async () => {
    const registered = await client.POST('/api/v1/auth/register', { body: user });
    expect(registered.response.status).toBe(201);
    expect(registered.data?.user).toMatchObject({ email: user.email, name: user.name, emailVerified: false });
    expect(registered.data?.tokenType).toBe('Bearer');

    const mail = await sink.waitFor((m) => m.to.includes(user.email) && m.text.includes('/verify-email'));
    const link = sink.linkFrom(mail, '/verify-email');
    expect(link.origin).toBe('http://app.test');
    const token = link.searchParams.get('token');
    expect(token).toBeTruthy();
    const verified = await client.POST('/api/v1/auth/email/verify', { body: { token: token! } });
    expect(verified.response.status).toBe(204);

    const login = await client.POST('/api/v1/auth/login', { body: { email: user.email, password: user.password } });
    expect(login.response.status).toBe(200);
    expect(login.data?.user.emailVerified).toBe(true);
    userToken = login.data!.accessToken;

    const refreshed = await client.POST('/api/v1/auth/refresh', { body: { refreshToken: login.data!.refreshToken } });
    expect(refreshed.response.status).toBe(200);
    expect(refreshed.data?.refreshToken).not.toBe(login.data!.refreshToken);
    expect(refreshed.data!.expiresIn).toBeGreaterThan(0);
    userToken = refreshed.data!.accessToken;

    const me = await client.GET('/api/v1/users/me');
    expect(me.response.status).toBe(200);
    // The generated types name the schemas: a change to UserResponseDto breaks this line at compile time.
    const profile: Schemas['UserResponseDto'] = me.data!;
    expect(profile).toMatchObject({ email: user.email, emailVerified: true, role: 'user' });
    // The general rate limiter's headers, as the document says.
    expect(Number(me.response.headers.get('ratelimit-limit'))).toBeGreaterThan(0);
    expect(me.response.headers.get('ratelimit-reset')).not.toBeNull();
  });

  it('updates me', async () => {
    const updated = await client.PATCH('/api/v1/users/me', { body: { name: 'Journey Renamed' } });
    expect(updated.response.status).toBe(200);
    expect(updated.data?.name).toBe('Journey Renamed');
    expect((await client.GET('/api/v1/users/me')).data?.name).toBe('Journey Renamed');
  });

  it('lets an admin create users and page through them', async () => {
    const adminCredentials = credentials('admin');
    const registered = await client.POST('/api/v1/auth/register', { body: adminCredentials });
    expect(registered.response.status).toBe(201);
    await sql(t.databaseUrl, `UPDATE users SET role = 'admin' WHERE id = $1`, [registered.data!.user.id]);
    // The role travels in the access token: sign in again to get an admin one.
    const login = await client.POST('/api/v1/auth/login', {
      body: { email: adminCredentials.email, password: adminCredentials.password },
    });
    expect(login.data?.user.role).toBe('admin');
    const admin = clientWith(login.data!.accessToken);

    for (const role of ['user', 'user', 'admin'] as const) {
      const created = await admin.POST('/api/v1/users', { body: { ...credentials('paged'), role } });
      expect(created.response.status).toBe(201);
      expect(created.data?.role).toBe(role);
    }

    // The journey user, the admin and three created: five users, pages of two.
    const seen: string[] = [];
    for (const [page, size, hasNextPage] of [
      [1, 2, true],
      [2, 2, true],
      [3, 1, false],
    ] as const) {
      const listed = await admin.GET('/api/v1/users', { params: { query: { page, limit: 2, sort: 'email' } } });
      expect(listed.response.status).toBe(200);
      expect(listed.data).toMatchObject({ page, limit: 2, total: 5, hasNextPage });
      expect(listed.data!.items).toHaveLength(size);
      seen.push(...listed.data!.items.map((item) => item.email));
    }
    // Disjoint pages that cover everyone; the order is the database collation's to decide.
    expect(new Set(seen).size).toBe(5);
    expect(seen).toContain(user.email);

    // The same walk by cursor: page and total are absent, nextCursor leads on until null.
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const listed = await admin.GET('/api/v1/users', { params: { query: { limit: 2, sort: 'email', cursor } } });
      expect(listed.response.status).toBe(200);
      expect(listed.data?.page).toBe(cursor === undefined ? 1 : undefined);
      walked.push(...listed.data!.items.map((item) => item.email));
      cursor = listed.data!.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(walked).toEqual(seen);

    const filtered = await admin.GET('/api/v1/users', { params: { query: { email: user.email } } });
    expect(filtered.data?.items.map((item) => item.email)).toEqual([user.email]);

    // An ordinary user is refused the admin list.
    expect((await client.GET('/api/v1/users')).response.status).toBe(403);
  });

  it('signs out: the old access token gets 401', async () => {
    const oldToken = userToken!;
    const logout = await client.POST('/api/v1/auth/logout');
    expect(logout.response.status).toBe(204);

    const after = await clientWith(oldToken).GET('/api/v1/users/me');
    expect(after.response.status).toBe(401);
    expect(after.error).toMatchObject({ status: 401 });
    expect(after.data).toBeUndefined();
  });

  it('is typed by the contract', () => {
    // Compile-time only (tsc --noEmit covers test/): unknown paths and wrong bodies do not type-check.
    const typeChecks = (): void => {
      // @ts-expect-error: not an operation of the API
      void client.GET('/api/v1/nowhere');
      // @ts-expect-error: login needs an email and a password
      void client.POST('/api/v1/auth/login', { body: { email: 'a@example.com' } });
    };
    expect(typeChecks).toBeInstanceOf(Function);
  });
});
