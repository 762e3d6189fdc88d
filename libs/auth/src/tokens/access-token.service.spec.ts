import { KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { loadAppConfig } from '@groundwork/config';
import { AccessTokenService, isAccessTokenClaims } from './access-token.service.js';

const SECRET = 'unit-test-secret-'.padEnd(48, 'x');

function service(overrides: Record<string, string> = {}): AccessTokenService {
  return new AccessTokenService(loadAppConfig({ NODE_ENV: 'test', JWT_SECRET: SECRET, ...overrides }));
}

const principal = {
  userId: '11111111-1111-4111-8111-111111111111',
  sessionId: '22222222-2222-4222-8222-222222222222',
  role: 'user' as const,
};

describe(AccessTokenService.name, () => {
  it('signs HS256 tokens with sub, sid, role, iat, exp, iss and aud', () => {
    const tokens = service({ JWT_ACCESS_TTL: '600', JWT_ISSUER: 'iss-x', JWT_AUDIENCE: 'aud-y' });
    const token = tokens.sign(principal);

    expect(jwt.decode(token, { complete: true })?.header).toEqual({ alg: 'HS256', typ: 'JWT' });
    const claims = jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: 'iss-x', audience: 'aud-y' });
    expect(claims).toEqual({
      sub: '11111111-1111-4111-8111-111111111111',
      sid: '22222222-2222-4222-8222-222222222222',
      role: 'user',
      iat: expect.any(Number),
      exp: expect.any(Number),
      iss: 'iss-x',
      aud: 'aud-y',
    });
    const { iat, exp } = claims as { iat: number; exp: number };
    expect(exp - iat).toBe(600);
    expect(tokens.ttlSeconds).toBe(600);
  });

  it('keeps the secret as a KeyObject made once, and pins the verification options', () => {
    const tokens = service();
    expect(tokens.key).toBeInstanceOf(KeyObject);
    expect(tokens.key.type).toBe('secret');
    expect(tokens.verifyOptions).toEqual({ algorithms: ['HS256'], issuer: 'groundwork', audience: 'groundwork-api' });
  });

  it('makes tokens that the verification options refuse when forged, unsigned or meant for someone else', () => {
    const tokens = service();
    const verify = (token: string): unknown => jwt.verify(token, tokens.key, tokens.verifyOptions);
    const claims = {
      sub: '11111111-1111-4111-8111-111111111111',
      sid: '22222222-2222-4222-8222-222222222222',
      role: 'admin',
    };

    expect(() => verify(tokens.sign(principal))).not.toThrow();
    expect(() =>
      verify(jwt.sign(claims, 'another-secret-'.padEnd(48, 'y'), { issuer: 'groundwork', audience: 'groundwork-api' })),
    ).toThrow(/invalid signature/);
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    expect(() => verify(none)).toThrow();
    expect(() =>
      verify(jwt.sign(claims, SECRET, { algorithm: 'HS512', issuer: 'groundwork', audience: 'groundwork-api' })),
    ).toThrow(/invalid algorithm/);
    expect(() => verify(jwt.sign(claims, SECRET, { issuer: 'elsewhere', audience: 'groundwork-api' }))).toThrow(
      /issuer/,
    );
    expect(() => verify(jwt.sign(claims, SECRET, { issuer: 'groundwork', audience: 'other-api' }))).toThrow(/audience/);
    expect(() =>
      verify(jwt.sign(claims, SECRET, { issuer: 'groundwork', audience: 'groundwork-api', expiresIn: -10 })),
    ).toThrow(/expired/);
  });

  it('recognises well-formed claims only: UUID sub and sid, a known role, an exp', () => {
    const good = {
      sub: '11111111-1111-4111-8111-111111111111',
      sid: '22222222-2222-4222-8222-222222222222',
      role: 'admin',
      exp: 2_000_000_000,
    };
    expect(isAccessTokenClaims(good)).toBe(true);
    expect(isAccessTokenClaims({ ...good, role: 'root' })).toBe(false);
    expect(isAccessTokenClaims({ ...good, sid: undefined })).toBe(false);
    expect(isAccessTokenClaims({ ...good, sid: 'session-1' })).toBe(false);
    expect(isAccessTokenClaims({ ...good, sid: "1' OR '1'='1" })).toBe(false);
    expect(isAccessTokenClaims({ ...good, sub: 1 })).toBe(false);
    expect(isAccessTokenClaims({ ...good, sub: 'user-1' })).toBe(false);
    expect(isAccessTokenClaims({ ...good, exp: undefined })).toBe(false);
    expect(isAccessTokenClaims({ ...good, exp: '2000000000' })).toBe(false);
    expect(isAccessTokenClaims(null)).toBe(false);
    expect(isAccessTokenClaims('token')).toBe(false);
  });
});
