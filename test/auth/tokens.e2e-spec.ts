import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { API, createAdmin, registerUser, type SignedIn } from '../support/accounts.js';
import { decodeClaims } from '../support/tokens.js';
import { UNTHROTTLED } from '../support/throttling.js';
import { databaseTargets } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Known to the spec, so it can mint tokens the app would accept, then break them one way at a time. */
const SECRET = 'tokens-e2e-spec-secret-'.padEnd(64, 'k');

const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

describe.each(databaseTargets())('Access tokens on $name', (target) => {
  let t: TestApp;
  let user: SignedIn;

  beforeAll(async () => {
    t = await startTestApp(target, { JWT_SECRET: SECRET, JWT_ACCESS_TTL: '60', ...UNTHROTTLED });
    user = await registerUser(t.http);
  });
  afterAll(() => t.close());

  const me = (token: string) => t.http.get(`${API}/users/me`, { token });
  /** The claims of the user's real token, re-signed with whatever the attack needs. */
  const mint = (changes: object = {}, options: jwt.SignOptions = {}, secret = SECRET): string => {
    const { sub, sid, role } = decodeClaims(user.accessToken);
    return jwt.sign({ sub, sid, role, ...changes }, secret, {
      algorithm: 'HS256',
      issuer: 'groundwork',
      audience: 'groundwork-api',
      expiresIn: 60,
      ...options,
    });
  };

  it('carries sub, sid, role, iat, exp, iss and aud, signed with HS256', () => {
    const header = jwt.decode(user.accessToken, { complete: true })?.header;
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    const claims = jwt.verify(user.accessToken, SECRET, { algorithms: ['HS256'] }) as Record<string, unknown>;
    expect(Object.keys(claims).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'role', 'sid', 'sub']);
    expect(claims).toMatchObject({
      sub: user.userId,
      sid: user.sessionId,
      role: 'user',
      iss: 'groundwork',
      aud: 'groundwork-api',
    });
    expect((claims.exp as number) - (claims.iat as number)).toBe(60);
  });

  it('accepts a token minted exactly like the app does (the attacks below differ by one thing)', async () => {
    expect((await me(mint())).status).toBe(200);
  });

  it.each([
    ['signed with another secret', () => mint({}, {}, 'someone-elses-secret-'.padEnd(64, 'z'))],
    ['unsigned (alg none)', () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(decodeClaims(mint()))}.`],
    ['re-signed with HS512', () => mint({}, { algorithm: 'HS512' })],
    [
      'with its role raised and the old signature',
      () => {
        const [header, , signature] = user.accessToken.split('.');
        return `${header}.${base64url({ ...decodeClaims(user.accessToken), role: 'admin' })}.${signature}`;
      },
    ],
    ['for another audience', () => mint({}, { audience: 'another-api' })],
    ['from another issuer', () => mint({}, { issuer: 'another-issuer' })],
    ['that is not a JWT', () => 'definitely-not-a-jwt'],
  ])('refuses a token %s with 401', async (_label, token) => {
    const response = await me(token());
    expect(response.status).toBe(401);
    expect(response.body.detail).toBe('The access token is invalid');
    expect(response.body.type).toBe('urn:groundwork:problem:invalid-token');
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('refuses an expired token with 401, saying it expired', async () => {
    const now = Math.floor(Date.now() / 1000);
    const response = await me(mint({ iat: now - 120 }));
    expect(response.status).toBe(401);
    expect(response.body.detail).toBe('The access token has expired; refresh it');
    // Its own type: clients refresh on it, and a forged token never looks like this.
    expect(response.body.type).toBe('urn:groundwork:problem:token-expired');
    const forgedExpired = mint({ iat: now - 120 }, {}, 'another-secret-'.padEnd(64, 'z'));
    expect((await me(forgedExpired)).body.type).toBe('urn:groundwork:problem:invalid-token');
  });

  it('refuses a validly signed token whose session does not exist, or whose role is not current', async () => {
    expect((await me(mint({ sid: randomUUID() }))).status).toBe(401);
    const promoted = await me(mint({ role: 'admin' }));
    expect(promoted.status).toBe(401);
    expect(promoted.body.detail).toBe('The access token is out of date; refresh it');
  });

  it('answers 403 on an admin route to a user, 200 to an admin', async () => {
    const forbidden = await t.http.get(`${API}/users`, { token: user.accessToken });
    expect(forbidden.status).toBe(403);
    const admin = await createAdmin(t);
    expect((await t.http.get(`${API}/users`, { token: admin.accessToken })).status).toBe(200);
  });

  it('leaves public routes open even with a broken token', async () => {
    expect((await t.http.get('/health/live', { token: 'garbage' })).status).toBe(200);
    const login = await t.http.post(`${API}/auth/login`, {
      token: 'garbage',
      body: { email: user.email, password: user.password },
    });
    expect(login.status).toBe(200);
  });
});
