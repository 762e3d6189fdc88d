// What each scenario sends. Both targets get identical requests; per-connection state lives in
// closures handed to each autocannon client by setupClient (autocannon's own `context` is reset
// whenever a client wraps around its request list, so it cannot carry a refresh chain).
import { percentile } from './load.js';

export const SCENARIOS = ['live', 'me', 'list', 'login', 'refresh', 'mixed'];
/** List pages the scale bench (bench/scale.js) adds: no count, and the middle of the table by cursor and by offset. */
export const LIST_PAGE_SCENARIOS = ['list-first', 'list-deep-cursor', 'list-deep-offset'];

const JSON_HEADERS = { 'content-type': 'application/json' };
const LIST_PATH = '/api/v1/users?limit=20&sort=-createdAt';

/** POST /auth/login through fetch; used to set up sessions, never measured. */
export async function login(baseUrl, email, password) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ email, password }),
  });
  const text = await response.text();
  if (response.status !== 200) {
    throw new Error(`login ${email} at ${baseUrl}: ${response.status} ${text}`);
  }
  return JSON.parse(text);
}

/** Logs each email in, a few at a time. */
export async function loginAll(baseUrl, emails, password, concurrency = 8) {
  const results = new Array(emails.length);
  let next = 0;
  const worker = async () => {
    while (next < emails.length) {
      const index = next++;
      results[index] = await login(baseUrl, emails[index], password);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/** Round-robin over every seeded email, continuing across runs, so no account is hit twice in a row. */
function emailCycle(emails, start) {
  let next = start;
  return () => emails[next++ % emails.length];
}

const bearer = (token) => ({ authorization: `Bearer ${token}` });

const meRequest = (token, tag) => ({ tag, method: 'GET', path: '/api/v1/users/me', headers: bearer(token) });
const listRequest = (token, tag) => ({ tag, method: 'GET', path: LIST_PATH, headers: bearer(token) });
const loginRequest = (nextEmail, password, tag) => ({
  tag,
  method: 'POST',
  path: '/api/v1/auth/login',
  headers: JSON_HEADERS,
  setupRequest: (request) => ({ ...request, body: JSON.stringify({ email: nextEmail(), password }) }),
});

/** One client per connection, each with its own request list built by `requestsFor(index)`. */
function perClient(requestsFor) {
  let index = 0;
  return (client) => client.setRequests(requestsFor(index++));
}

/**
 * The autocannon options (and an optional response hook and finaliser) for one run of `name`
 * against `target` ({ name, url }). `shared` holds the tokens and emails set up once per round.
 */
export async function scenarioRun(name, target, shared) {
  const { meTokens, adminToken, emails, password } = shared;
  switch (name) {
    case 'live':
      return { options: { requests: [{ method: 'GET', path: '/health/live' }] } };
    case 'me':
      return { options: { setupClient: perClient((i) => [meRequest(meTokens[i % meTokens.length])]) } };
    case 'list':
      return { options: { setupClient: perClient(() => [listRequest(adminToken)]) } };
    case 'list-first':
    case 'list-deep-cursor':
    case 'list-deep-offset': {
      const query = {
        'list-first': 'includeTotal=false',
        'list-deep-cursor': `cursor=${shared.deepCursor}`,
        'list-deep-offset': `page=${shared.deepPage}&includeTotal=false`,
      }[name];
      const path = `${LIST_PATH}&${query}`;
      return {
        options: { setupClient: perClient(() => [{ method: 'GET', path, headers: bearer(adminToken) }]) },
      };
    }
    case 'login': {
      const nextEmail = emailCycle(emails, shared.loginCursor);
      shared.loginCursor += 1_000;
      return { options: { setupClient: perClient(() => [loginRequest(nextEmail, password)]) } };
    }
    case 'refresh': {
      // One fresh session per connection, opened on the target itself: a chain cut at the end of an
      // earlier run (a response in flight when autocannon stopped) would be a replay here.
      const first = shared.refreshCursor;
      shared.refreshCursor += shared.connections;
      const chainEmails = Array.from({ length: shared.connections }, (_, i) => emails[(first + i) % emails.length]);
      const sessions = await loginAll(target.url, chainEmails, password);
      return {
        options: {
          setupClient: perClient((i) => {
            const chain = { token: sessions[i].refreshToken };
            return [
              {
                method: 'POST',
                path: '/api/v1/auth/refresh',
                headers: JSON_HEADERS,
                setupRequest: (request) => ({ ...request, body: JSON.stringify({ refreshToken: chain.token }) }),
                onResponse: (status, body) => {
                  if (status === 200) {
                    chain.token = JSON.parse(body).refreshToken;
                  }
                },
              },
            ];
          }),
        },
      };
    }
    case 'mixed':
      return mixedRun(shared);
    default:
      throw new Error(`unknown scenario ${name}`);
  }
}

/**
 * 80 % me, 15 % list, 5 % login in one autocannon instance. Each connection loops over the same
 * 20-request schedule, rotated by its index so logins are spread out. Requests are tagged, and the
 * 'response' event (emitted before the client moves on) attributes each latency to its tag.
 */
function mixedRun(shared) {
  const { meTokens, adminToken, emails, password } = shared;
  const nextEmail = emailCycle(emails, shared.loginCursor);
  shared.loginCursor += 1_000;
  const schedule = 'MMMMLMMMMMLMMMMMLMMP'; // M me, L list, P login (sign-in)
  const latencies = { me: [], list: [], login: [] };
  const statuses = { me: {}, list: {}, login: {} };
  const setupClient = perClient((i) => {
    const token = meTokens[i % meTokens.length];
    const rotated = schedule.slice(i % schedule.length) + schedule.slice(0, i % schedule.length);
    return [...rotated].map((slot) =>
      slot === 'M'
        ? meRequest(token, 'me')
        : slot === 'L'
          ? listRequest(adminToken, 'list')
          : loginRequest(nextEmail, password, 'login'),
    );
  });
  const onResponse = (client, status, _bytes, ms) => {
    const tag = client.requestIterator.currentRequest.tag;
    latencies[tag].push(ms);
    statuses[tag][status] = (statuses[tag][status] ?? 0) + 1;
  };
  const finish = () =>
    Object.fromEntries(
      Object.keys(latencies).map((tag) => {
        const errors = Object.entries(statuses[tag])
          .filter(([code]) => Number(code) < 200 || Number(code) >= 300)
          .reduce((sum, [, count]) => sum + count, 0);
        return [
          tag,
          {
            requests: latencies[tag].length,
            p50: percentile(latencies[tag], 50),
            p99: percentile(latencies[tag], 99),
            non2xx: errors,
            statusCodes: statuses[tag],
          },
        ];
      }),
    );
  return { options: { setupClient }, onResponse, finish };
}
