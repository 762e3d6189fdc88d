import { describeBootError } from './boot-error.js';

describe(describeBootError.name, () => {
  it('names DATABASE_URL (password hidden) and the cause, in one line', () => {
    const error = Object.assign(new Error('password authentication failed\nfor user "app"'), { code: '28P01' });
    expect(describeBootError(error, { DATABASE_URL: 'postgres://app:s3cret@db.internal:5432/app' })).toBe(
      'Cannot connect to the database at DATABASE_URL=postgres://app:***@db.internal:5432/app: password authentication failed for user "app"',
    );
  });

  it("takes the first refusal of Node's AggregateError, whose own message is empty", () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const line = describeBootError(new AggregateError([refused], ''), { DATABASE_URL: 'postgres://localhost:1/x' });
    expect(line).toBe(
      'Cannot connect to the database at DATABASE_URL=postgres://localhost:1/x: connect ECONNREFUSED 127.0.0.1:1',
    );
  });

  it('without DATABASE_URL names the embedded server and its directory', () => {
    expect(describeBootError(new Error('initdb failed'), { EMBEDDED_DATABASE_DIR: '/data/pg' })).toBe(
      'Cannot start the embedded database (DATABASE_URL is unset; EMBEDDED_DATABASE_DIR=/data/pg): initdb failed',
    );
  });
});
