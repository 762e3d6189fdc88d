import { defineFixture } from '../support/fixtures.js';

/** A session belongs to the user who signed in; another user's session id is not found. */
export default defineFixture({
  name: 'session',
  paths: ['/api/v1/auth/sessions/{id}'],
  strangerStatus: 404,
  create: (_http, owner) => Promise.resolve(owner.sessionId),
  // Every authenticated request touches its session's last use.
  volatileColumns: { sessions: ['last_used_at'] },
});
