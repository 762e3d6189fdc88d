import { randomBytes, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { API, PASSWORD, registerUser, type SignedIn } from '../support/accounts.js';
import { UNTHROTTLED } from '../support/throttling.js';
import { databaseTargets } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Validation means what it says: unknown fields are refused whatever their name, an email is one
// account in any Unicode form, token claims are checked strictly, and messages are one per problem.

const SECRET = 'validation-spec-secret-'.padEnd(64, 'v');

describe.each(databaseTargets())('validation that means what it says on $name', (target) => {
  let t: TestApp;
  let user: SignedIn;

  beforeAll(async () => {
    t = await startTestApp(target, { ...UNTHROTTLED, JWT_SECRET: SECRET });
    user = await registerUser(t.http);
  });
  afterAll(() => t.close());

  it.each(['toString', 'valueOf', 'constructor', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'])(
    'refuses an unknown field named like a built-in (%s) with 400',
    async (key) => {
      const response = await t.http.patch(`${API}/users/me`, {
        token: user.accessToken,
        rawBody: `{"name":"n","${key}":1}`,
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ field: key, message: `property ${key} should not exist` }]);
    },
  );

  it('treats the composed and decomposed forms of an email as one account', async () => {
    const local = `jos-${randomBytes(4).toString('hex')}`;
    const composed = `${local}\u00e9@example.com`;
    const decomposed = `${local}e\u0301@example.com`;
    // Unchecked: the validator's "email" format is ASCII-only, while the API takes UTF-8 local parts (RFC 6531).
    const registered = await t.http.post(`${API}/auth/register`, {
      body: { email: decomposed, password: PASSWORD, name: 'José' },
      unchecked: true,
    });
    expect(registered.status).toBe(201);
    expect(registered.body.user.email).toBe(composed);
    const again = await t.http.post(`${API}/auth/register`, {
      body: { email: composed.toUpperCase(), password: PASSWORD, name: 'José' },
    });
    expect(again.status).toBe(409);
    const login = await t.http.post(`${API}/auth/login`, {
      body: { email: composed, password: PASSWORD },
      unchecked: true,
    });
    expect(login.status).toBe(200);
  });

  it('refuses well-signed tokens with malformed claims with 401, never 500', async () => {
    const { sub, sid, role } = jwt.decode(user.accessToken) as { sub: string; sid: string; role: string };
    const claims = { sub, sid, role };
    const sign = (payload: object, options: jwt.SignOptions = { expiresIn: 60 }) =>
      jwt.sign(payload, SECRET, { issuer: 'groundwork', audience: 'groundwork-api', ...options });
    const tokens = {
      'non-UUID sid': sign({ ...claims, sid: 'not-a-uuid' }),
      'non-UUID sub': sign({ ...claims, sub: "1' OR '1'='1" }),
      'no exp': sign({ sub: claims.sub, sid: claims.sid, role: claims.role }, {}),
      'a live session paired with another user': sign({ ...claims, sub: randomUUID() }),
    };
    for (const [what, token] of Object.entries(tokens)) {
      const response = await t.http.get(`${API}/users/me`, { token });
      expect({ what, status: response.status }).toEqual({ what, status: 401 });
    }
    // The pairing did not end the real session.
    expect((await t.http.get(`${API}/users/me`, { token: user.accessToken })).status).toBe(200);
  });

  it('says "is required" once per missing field, one message per field and constraint', async () => {
    const response = await t.http.post(`${API}/auth/register`, { body: { name: 'x'.repeat(101) } });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'email', message: 'email is required' },
      { field: 'password', message: 'password is required' },
      { field: 'name', message: 'name must be shorter than or equal to 100 characters' },
    ]);
  });

  it('accepts an empty body with a JSON content type where the operation takes no body', async () => {
    const response = await t.http.post(`${API}/auth/email/verify/resend`, {
      token: user.accessToken,
      rawBody: '',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBeLessThan(300);
  });
});
