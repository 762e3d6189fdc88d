import { defineFixture } from '../support/fixtures.js';

/** A user account is its own object: administration routes address it, for admins only. */
export default defineFixture({
  name: 'user',
  paths: ['/api/v1/users/{id}', '/api/v1/users/{id}/restore'],
  strangerStatus: 403,
  create: (_http, owner) => Promise.resolve(owner.userId),
});
