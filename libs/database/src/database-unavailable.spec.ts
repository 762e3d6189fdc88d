import { QueryFailedError } from 'typeorm';
import { DatabaseUnavailableTranslator, isDatabaseUnavailable } from './database-unavailable.js';

const withCode = (message: string, code: string): Error => Object.assign(new Error(message), { code });

describe(isDatabaseUnavailable.name, () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a server shutting down', withCode('terminating connection due to administrator command', '57P01')],
    ['a statement timeout', withCode('canceling statement due to statement timeout', '57014')],
    ['too many connections', withCode('sorry, too many clients already', '53300')],
    ['a connection exception', withCode('connection failure', '08006')],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    ['a connect timeout', new Error('timeout expired')],
    ['an exhausted pool', new Error('timeout exceeded when trying to connect')],
    ['a frozen server', new Error('Query read timeout')],
    [
      'a wrapped driver error',
      new QueryFailedError('SELECT 1', [], withCode('the database system is starting up', '57P03')),
    ],
    ['a cause', new Error('outer', { cause: withCode('connect ECONNRESET', 'ECONNRESET') })],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a syntax error', new QueryFailedError('SELEC 1', [], withCode('syntax error', '42601'))],
    ['a plain bug', new TypeError('Cannot read properties of undefined')],
    ['not an error', 'Connection terminated'],
  ])('leaves alone %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('translates an outage into a 503 problem with Retry-After', () => {
    const problem = new DatabaseUnavailableTranslator().translate(new Error('Query read timeout'));
    expect(problem?.getStatus()).toBe(503);
    expect(problem?.headers['retry-after']).toBe('5');
    expect(new DatabaseUnavailableTranslator().translate(new Error('bug'))).toBeUndefined();
  });
});
