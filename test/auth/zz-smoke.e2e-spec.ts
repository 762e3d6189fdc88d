import { databaseTargets } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe.each(databaseTargets().slice(0, 1))('smoke $name', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target, { LOG_LEVEL: 'warn' });
  });
  afterAll(() => t.close());
  it('registers, logs in, refreshes', async () => {
    const reg = await t.http.post('/api/v1/auth/register', {
      body: { email: 'a@example.com', password: 'correct horse battery staple', name: 'A' },
    });
    console.log(reg.status, reg.body);
    const me = await t.http.get('/api/v1/users/me', { token: reg.body.accessToken });
    console.log(me.status, me.body);
    const ref = await t.http.post('/api/v1/auth/refresh', { body: { refreshToken: reg.body.refreshToken } });
    console.log(ref.status, ref.body);
    const again = await t.http.post('/api/v1/auth/refresh', { body: { refreshToken: reg.body.refreshToken } });
    console.log(again.status, again.body);
    const me2 = await t.http.get('/api/v1/users/me', { token: ref.body.accessToken });
    console.log(me2.status, me2.body, me2.headers.get('www-authenticate'));
    const sessions = await t.http.get('/api/v1/auth/sessions', { token: reg.body.accessToken });
    console.log(sessions.status, sessions.body);
  });
});
