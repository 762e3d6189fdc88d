import { randomUUID } from 'node:crypto';
import { createAdmin, loginAs, newCredentials, registerUser, type SignedIn, uniqueEmail } from '../support/accounts.js';
import { databaseTargets } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const NO_SECRETS = /password|hash|secret/i;

function expectNoSecrets(body: unknown): void {
  const keys = JSON.stringify(body).match(/"[^"]+":/g) ?? [];
  expect(keys.filter((key) => NO_SECRETS.test(key))).toEqual([]);
}

describe.each(databaseTargets())('Users on $name', (target) => {
  let t: TestApp;
  let admin: SignedIn;
  let alice: SignedIn;
  let bob: SignedIn;

  beforeAll(async () => {
    t = await startTestApp(target);
    admin = await createAdmin(t);
    alice = await registerUser(t.http, { email: uniqueEmail('alice') });
    bob = await registerUser(t.http, { email: uniqueEmail('bob') });
  });
  afterAll(() => t.close());

  describe('self-service', () => {
    it('reads me without the password hash', async () => {
      const response = await t.http.get('/api/v1/users/me', { token: alice.accessToken });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: alice.userId, email: alice.email, role: 'user', emailVerified: false });
      expectNoSecrets(response.body);
    });

    it('needs a token', async () => {
      expect((await t.http.get('/api/v1/users/me')).status).toBe(401);
    });

    it('changes the name', async () => {
      const response = await t.http.patch('/api/v1/users/me', {
        token: alice.accessToken,
        body: { name: 'Alice Renamed' },
      });
      expect(response.status).toBe(200);
      expect(response.body.name).toBe('Alice Renamed');
    });

    it.each([{ role: 'admin' }, { email: 'new@example.com' }, { id: randomUUID() }, { emailVerified: true }])(
      'refuses %j through PATCH /users/me (no escalation, no mass assignment)',
      async (field) => {
        const response = await t.http.patch('/api/v1/users/me', {
          token: alice.accessToken,
          body: { name: 'X', ...field },
        });
        expect(response.status).toBe(400);
        const me = await t.http.get('/api/v1/users/me', { token: alice.accessToken });
        expect(me.body.role).toBe('user');
        expect(me.body.email).toBe(alice.email);
      },
    );
  });

  describe('a regular user and other users', () => {
    it.each(['GET', 'PATCH', 'DELETE'])('cannot %s another user', async (method) => {
      const response = await t.http.request(method, `/api/v1/users/${bob.userId}`, {
        token: alice.accessToken,
        body: method === 'PATCH' ? { name: 'Hacked' } : undefined,
      });
      expect(response.status).toBe(403);
      expect(JSON.stringify(response.body)).not.toContain(bob.email);
    });

    it('cannot list users', async () => {
      expect((await t.http.get('/api/v1/users', { token: alice.accessToken })).status).toBe(403);
    });
  });

  describe('administration', () => {
    it('creates a user, and refuses a duplicate email with 409 (case-insensitively)', async () => {
      const credentials = newCredentials('created');
      const created = await t.http.post('/api/v1/users', {
        token: admin.accessToken,
        body: { ...credentials, role: 'user' },
      });
      expect(created.status).toBe(201);
      expectNoSecrets(created.body);
      const duplicate = await t.http.post('/api/v1/users', {
        token: admin.accessToken,
        body: { ...credentials, email: credentials.email.toUpperCase(), role: 'admin' },
      });
      expect(duplicate.status).toBe(409);
    });

    it('refuses a common password and a password equal to the email', async () => {
      const common = await t.http.post('/api/v1/users', {
        token: admin.accessToken,
        body: { ...newCredentials(), password: 'password123', role: 'user' },
      });
      expect(common.status).toBe(400);
      const credentials = newCredentials();
      const same = await t.http.post('/api/v1/users', {
        token: admin.accessToken,
        body: { ...credentials, password: credentials.email, role: 'user' },
      });
      expect(same.status).toBe(400);
    });

    it('reads a user by id; unknown is 404, not a UUID is 400', async () => {
      expect((await t.http.get(`/api/v1/users/${bob.userId}`, { token: admin.accessToken })).body.email).toBe(
        bob.email,
      );
      expect((await t.http.get(`/api/v1/users/${randomUUID()}`, { token: admin.accessToken })).status).toBe(404);
      expect((await t.http.get('/api/v1/users/not-a-uuid', { token: admin.accessToken })).status).toBe(400);
      // One UUID policy for every path id: any version is well-formed (a v7 id is simply not found).
      const v7 = '01890a5d-ac96-774b-bcce-b302099a8057';
      expect((await t.http.get(`/api/v1/users/${v7}`, { token: admin.accessToken })).status).toBe(404);
    });

    it('pages with a default limit of 20 and refuses more than 100', async () => {
      const first = await t.http.get('/api/v1/users', { token: admin.accessToken });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ page: 1, limit: 20 });
      expect(first.body.total).toBeGreaterThanOrEqual(3);
      const paged = await t.http.get('/api/v1/users?limit=1&page=2', { token: admin.accessToken });
      expect(paged.body.items).toHaveLength(1);
      expect(paged.body.hasNextPage).toBe(paged.body.total > 2);
      expect((await t.http.get('/api/v1/users?limit=100', { token: admin.accessToken })).status).toBe(200);
      expect((await t.http.get('/api/v1/users?limit=101', { token: admin.accessToken })).status).toBe(400);
      expect((await t.http.get('/api/v1/users?page=0', { token: admin.accessToken })).status).toBe(400);
    });

    it('filters by email, role and substring, and sorts only by allowed fields', async () => {
      const byEmail = await t.http.get(`/api/v1/users?email=${encodeURIComponent(bob.email.toUpperCase())}`, {
        token: admin.accessToken,
      });
      expect(byEmail.body.items.map((u: { id: string }) => u.id)).toEqual([bob.userId]);
      const admins = await t.http.get('/api/v1/users?role=admin', { token: admin.accessToken });
      expect(admins.body.items.every((u: { role: string }) => u.role === 'admin')).toBe(true);
      expect(admins.body.items.map((u: { id: string }) => u.id)).toContain(admin.userId);
      const q = bob.email.split('@')[0]!.slice(2, 9).toUpperCase();
      const search = await t.http.get(`/api/v1/users?q=${q}`, { token: admin.accessToken });
      expect(search.body.items.map((u: { id: string }) => u.id)).toEqual([bob.userId]);
      const wildcard = await t.http.get('/api/v1/users?q=%25', { token: admin.accessToken });
      expect(wildcard.body.total).toBe(0);

      const byEmailAsc = await t.http.get('/api/v1/users?sort=email&limit=100', { token: admin.accessToken });
      const emails = byEmailAsc.body.items.map((u: { email: string }) => u.email);
      expect(emails).toEqual([...emails].sort());
      const newest = await t.http.get('/api/v1/users?sort=-createdAt&limit=100', { token: admin.accessToken });
      const created = newest.body.items.map((u: { createdAt: string }) => u.createdAt);
      expect(created).toEqual([...created].sort().reverse());
      expect((await t.http.get('/api/v1/users?sort=passwordHash', { token: admin.accessToken })).status).toBe(400);
    });

    it('changes name and role; refuses unknown fields', async () => {
      const user = await registerUser(t.http, { email: uniqueEmail('promoted') });
      const response = await t.http.patch(`/api/v1/users/${user.userId}`, {
        token: admin.accessToken,
        body: { name: 'Promoted', role: 'admin' },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ name: 'Promoted', role: 'admin' });
      const bad = await t.http.patch(`/api/v1/users/${user.userId}`, {
        token: admin.accessToken,
        body: { passwordHash: 'x' },
      });
      expect(bad.status).toBe(400);
    });

    it('soft-deletes: the user cannot sign in, their token stops working; restore brings them back', async () => {
      const user = await registerUser(t.http, { email: uniqueEmail('deleted') });
      expect((await t.http.delete(`/api/v1/users/${user.userId}`, { token: admin.accessToken })).status).toBe(204);
      expect((await t.http.get('/api/v1/users/me', { token: user.accessToken })).status).toBe(401);
      const signIn = await t.http.post('/api/v1/auth/login', { body: { email: user.email, password: user.password } });
      expect(signIn.status).toBe(401);
      expect((await t.http.get(`/api/v1/users/${user.userId}`, { token: admin.accessToken })).status).toBe(404);

      const listed = await t.http.get('/api/v1/users?deleted=true&limit=100', { token: admin.accessToken });
      expect(listed.body.items.map((u: { id: string }) => u.id)).toContain(user.userId);
      const active = await t.http.get('/api/v1/users?limit=100', { token: admin.accessToken });
      expect(active.body.items.map((u: { id: string }) => u.id)).not.toContain(user.userId);

      const restored = await t.http.post(`/api/v1/users/${user.userId}/restore`, { token: admin.accessToken });
      expect(restored.status).toBe(200);
      expect(restored.body.id).toBe(user.userId);
      await loginAs(t.http, user.email, user.password);
    });

    it('deleting my own account ends my sessions', async () => {
      const user = await registerUser(t.http, { email: uniqueEmail('selfdelete') });
      expect((await t.http.delete('/api/v1/users/me', { token: user.accessToken })).status).toBe(204);
      expect((await t.http.get('/api/v1/users/me', { token: user.accessToken })).status).toBe(401);
      const refreshed = await t.http.post('/api/v1/auth/refresh', { body: { refreshToken: user.refreshToken } });
      expect(refreshed.status).toBe(401);
    });
  });
});
