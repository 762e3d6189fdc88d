import fc from 'fast-check';
import { type ApiDocument, type ApiParameter, deref, type OperationRef, type Schema } from './owasp-helpers.js';

// Requests generated from the OpenAPI document: valid values, their boundaries, and mutations.

export type AuthKind = 'user' | 'admin' | 'none' | 'garbage' | 'forged';

/** A path parameter: an existing object (resolved at run time from a pool) or a literal. */
export type PathValue = { pool: number } | { literal: string };

export type FuzzBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; contentType: string }
  | { kind: 'raw'; text: string; contentType: string | undefined };

export interface FuzzRequest {
  auth: AuthKind;
  path: Record<string, PathValue>;
  query: [string, string][];
  body: FuzzBody;
  /** Swap generated secrets (currentPassword, refreshToken, email) for real ones: reaches the happy paths. */
  useKnownSecrets: boolean;
  /** Snapshot the database around this request (a sample: it costs a few queries). */
  checkState: boolean;
}

/** Strings that broke parsers, validators, databases or logs somewhere before. */
const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202Egnp.exe',
  'مرحبا بالعالم',
  'שלום',
  '😀👨‍👩‍👧‍👦🏳️‍🌈',
  'a\uFE0F'.repeat(60),
  'e\u0301'.repeat(30),
  '\uD800',
  '\uDFFF\uD800',
  '\uFEFF',
  'İıßǅ',
  '\r\n\t',
  '%00%2e%2e%2f',
  '../../../../etc/passwd',
  "' OR '1'='1' --",
  '"; DROP TABLE users; --',
  '<script>alert(1)</script>',
  '${jndi:ldap://127.0.0.1/x}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  'true',
  '[]',
  '{}',
];

const SPECIAL_CHARACTERS = [
  '\u0000',
  '\u202E',
  '\uFE0F',
  '\u200B',
  '\u0301',
  '😀',
  '\r',
  '\n',
  '\t',
  '\\',
  '"',
  "'",
  '%',
  '_',
  '<',
];

const JSON_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json;charset=UTF-8',
];
const OTHER_TYPES = [
  undefined,
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/xml',
  'application/json; charset=utf-16',
  'application/merge-patch+json',
  'application/octet-stream',
  'application/jsonp',
  'json',
];

/** Raw bodies no JSON serialiser would write. */
const MALFORMED = [
  '{',
  '{"a":}',
  '{"a":1,}',
  "{'a':1}",
  '{"a":1}garbage',
  '[1,2',
  'nul',
  '\uFEFF{}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '{"a":"\\ud800"}',
  '{"a":1e999999}',
  '{"a":NaN}',
  ' ',
  '',
];

export const nasty = (): fc.Arbitrary<string> => fc.constantFrom(...NASTY);

/** Lengths up to ~half of the default 1 MB body limit; most runs stay small. */
const longString = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(256, 1_000, 10_000, 100_000, 500_000), fc.constantFrom('a', 'é', '😀', '\u0000', 'a\uFE0F'))
    .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/**
 * Nesting deep enough to hit recursion limits in parsers and validators. Too deep for
 * JSON.stringify (and for fast-check's own printing), so it travels as a placeholder that
 * expandDeepNesting() turns into JSON text at the last moment.
 */
const deepNesting = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(10, 100, 1_000, 10_000), fc.constantFrom('[', '{'))
    .map(([depth, bracket]) => `\u27E6deep:${depth}:${bracket}\u27E7`);

const DEEP_PLACEHOLDER = /"\u27E6deep:(\d+):([[{])\u27E7"/g;

export function expandDeepNesting(json: string): string {
  return json.replace(DEEP_PLACEHOLDER, (_whole, depth: string, bracket: string) => {
    const n = Number(depth);
    return bracket === '[' ? `${'['.repeat(n)}0${']'.repeat(n)}` : `${'{"a":'.repeat(n)}0${'}'.repeat(n)}`;
  });
}

function bounds(schema: Schema): { min: number; max: number } {
  return { min: Number(schema.minLength ?? 0), max: Number(schema.maxLength ?? 64) };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** A value the schema accepts (as far as the schema can tell: a password may still be too common). */
export function validValue(document: ApiDocument, raw: Schema | undefined): fc.Arbitrary<unknown> {
  const schema = deref(document, raw) ?? {};
  if (Array.isArray(schema.enum)) {
    return fc.constantFrom(...(schema.enum as unknown[]));
  }
  switch (schema.type) {
    case 'integer':
      return fc.integer({ min: Number(schema.minimum ?? -1_000), max: Number(schema.maximum ?? 1_000) });
    case 'number':
      return fc.double({ min: Number(schema.minimum ?? -1e6), max: Number(schema.maximum ?? 1e6), noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(validValue(document, schema.items as Schema), { maxLength: 3 });
    case 'object':
      return validObject(document, schema);
    default:
      return validString(schema);
  }
}

function validString(schema: Schema): fc.Arbitrary<string> {
  const { min, max } = bounds(schema);
  switch (schema.format) {
    case 'email':
      return fc.oneof(
        fc.emailAddress().filter((e) => e.length <= Math.min(max, 254)),
        fc.stringMatching(/^[a-z0-9]{1,20}$/).map((local) => `${local}@example.com`),
      );
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'date-time':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    default:
      break;
  }
  if (typeof schema.pattern === 'string') {
    // Opaque tokens ([A-Za-z0-9_-]+): the only pattern the document uses.
    return fc.string({
      unit: fc.constantFrom(...Array.from(ALPHABET)),
      minLength: Math.max(min, 1),
      maxLength: Math.min(max, 128),
    });
  }
  const maxLength = Math.max(Math.min(max, 64), min, 1);
  return fc.string({
    unit: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyz ABC0123456789')) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
      // Characters that pass a length check and still trouble storage, search or logs.
      { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_CHARACTERS) },
    ),
    // At least 8 where allowed, so generated passwords pass the length rule.
    minLength: Math.min(Math.max(min, 8), maxLength),
    maxLength,
  });
}

function validObject(document: ApiDocument, schema: Schema): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const record = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, validValue(document, v)]));
  return fc.record(record, { requiredKeys: (schema.required ?? []) as string[] });
}

/** The edges: exactly at and just past each documented bound. */
export function boundaryValue(document: ApiDocument, raw: Schema | undefined): fc.Arbitrary<unknown> {
  const schema = deref(document, raw) ?? {};
  if (schema.type === 'integer' || schema.type === 'number') {
    const min = Number(schema.minimum ?? 0);
    const max = Number(schema.maximum ?? 0);
    return fc.constantFrom(min, max, min - 1, max + 1, 0, -1);
  }
  const { min, max } = bounds(schema);
  const lengths = [min, max, max + 1, Math.max(min - 1, 0)];
  return fc
    .tuple(fc.constantFrom(...lengths), fc.constantFrom('a', 'ü', '😀', 'a\uFE0F'))
    .map(([length, unit]) => unit.repeat(length));
}

/** Anything but what the schema asks for. */
export function invalidValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, [], {}, ''),
    nasty(),
    longString(),
    deepNesting(),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
    fc.integer(),
  );
}

const EXTRA_KEYS = ['role', 'isAdmin', 'emailVerified', 'id', 'passwordHash', 'deletedAt', '__proto__', 'constructor'];

type Mutation =
  | { kind: 'drop'; index: number }
  | { kind: 'replace'; index: number; value: unknown }
  | { kind: 'extra'; key: string; value: unknown };

function mutate(value: Record<string, unknown>, schema: Schema, mutations: Mutation[]): Record<string, unknown> {
  const copy = { ...value };
  const keys = Object.keys((schema.properties ?? {}) as Record<string, unknown>);
  for (const mutation of mutations) {
    if (mutation.kind === 'extra') {
      // defineProperty: a plain assignment to __proto__ would set the prototype, not a key.
      Object.defineProperty(copy, mutation.key, {
        value: mutation.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      continue;
    }
    const key = keys[mutation.index % Math.max(keys.length, 1)];
    if (key === undefined) {
      continue;
    }
    if (mutation.kind === 'drop') {
      Reflect.deleteProperty(copy, key);
    } else {
      copy[key] = mutation.value;
    }
  }
  return copy;
}

/** Bodies for an operation's JSON schema: valid, at the edges, mutated, or not JSON at all. */
export function bodyArbitrary(document: ApiDocument, raw: Schema | undefined): fc.Arbitrary<FuzzBody> {
  const jsonType = fc.oneof({ weight: 6, arbitrary: fc.constant('application/json') }, fc.constantFrom(...JSON_TYPES));
  const json = (value: fc.Arbitrary<unknown>) =>
    fc.tuple(value, jsonType).map(([v, contentType]): FuzzBody => ({ kind: 'json', value: v, contentType }));
  const rawBody = fc
    .tuple(fc.constantFrom(...MALFORMED), fc.oneof(fc.constantFrom(...JSON_TYPES), fc.constantFrom(...OTHER_TYPES)))
    .map(([text, contentType]): FuzzBody => ({ kind: 'raw', text, contentType }));
  const otherMedia = fc
    .tuple(fc.constantFrom('email=a%40b.co&password=x', '<a/>', 'plain', '--fuzz--'), fc.constantFrom(...OTHER_TYPES))
    .map(([text, contentType]): FuzzBody => ({ kind: 'raw', text, contentType }));

  const schema = deref(document, raw);
  if (!schema) {
    // No body documented: none (strayBodyArbitrary covers bodies sent anyway).
    return fc.constant<FuzzBody>({ kind: 'none' });
  }
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const propertyCount = Math.max(Object.keys(properties).length, 1);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.nat({ max: propertyCount - 1 }).map((index): Mutation => ({ kind: 'drop', index })),
    fc
      .tuple(fc.nat({ max: propertyCount - 1 }), invalidValue())
      .map(([index, value]): Mutation => ({ kind: 'replace', index, value })),
    fc.nat({ max: propertyCount - 1 }).chain((index) =>
      boundaryValue(document, Object.values(properties)[index]).map((value): Mutation => ({
        kind: 'replace',
        index,
        value,
      })),
    ),
    fc
      .tuple(fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string({ minLength: 1, maxLength: 12 })), invalidValue())
      .map(([key, value]): Mutation => ({ kind: 'extra', key, value })),
  );
  const valid = validValue(document, schema) as fc.Arbitrary<Record<string, unknown>>;
  return fc.oneof(
    { weight: 3, arbitrary: json(valid) },
    {
      weight: 5,
      arbitrary: json(
        fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([v, m]) => mutate(v, schema, m)),
      ),
    },
    { weight: 1, arbitrary: json(fc.oneof(invalidValue(), fc.constantFrom(null, [], 'text', 42))) },
    { weight: 1, arbitrary: rawBody },
    { weight: 1, arbitrary: otherMedia },
    { weight: 1, arbitrary: fc.constant<FuzzBody>({ kind: 'none' }) },
  );
}

/** Bodies a client might send to an operation that documents none. */
export function strayBodyArbitrary(): fc.Arbitrary<FuzzBody> {
  return fc.oneof(
    fc.constant<FuzzBody>({ kind: 'json', value: {}, contentType: 'application/json' }),
    fc
      .tuple(
        fc.constantFrom(...MALFORMED, 'plain text'),
        fc.oneof(fc.constantFrom(...JSON_TYPES), fc.constantFrom(...OTHER_TYPES)),
      )
      .map(([text, contentType]): FuzzBody => ({ kind: 'raw', text, contentType })),
  );
}

/** A query parameter's value as text: valid, at the edges, or nonsense. */
function queryValue(document: ApiDocument, parameter: ApiParameter): fc.Arbitrary<string> {
  const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  return fc.oneof(
    { weight: 3, arbitrary: validValue(document, parameter.schema).map(asText) },
    { weight: 2, arbitrary: boundaryValue(document, parameter.schema).map(asText) },
    { weight: 1, arbitrary: fc.constantFrom('abc', '1.5', '1e3', '0x10', ' 1', '-0', '9'.repeat(400), 'true') },
    { weight: 1, arbitrary: nasty() },
  );
}

export function queryArbitrary(document: ApiDocument, parameters: ApiParameter[]): fc.Arbitrary<[string, string][]> {
  const inQuery = parameters.filter((p) => p.in === 'query');
  if (inQuery.length === 0) {
    return fc.oneof(
      { weight: 4, arbitrary: fc.constant<[string, string][]>([]) },
      fc.constant<[string, string][]>([['unknown', 'x']]),
    );
  }
  const one = fc.oneof(
    ...inQuery.map((p) => queryValue(document, p).map((v): [string, string] => [p.name, v])),
    fc.tuple(fc.constantFrom('unknown', '__proto__', 'sort[]', 'limit[0]'), nasty()),
  );
  return fc.array(one, { maxLength: 5 });
}

export function pathValueArbitrary(): fc.Arbitrary<PathValue> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.nat().map((pool): PathValue => ({ pool })) },
    { weight: 2, arbitrary: fc.uuid({ version: 4 }).map((literal): PathValue => ({ literal })) },
    { weight: 1, arbitrary: fc.uuid().map((literal): PathValue => ({ literal })) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          nasty().filter((s) => s.trim() !== ''),
          fc.string({ minLength: 150, maxLength: 260 }),
          // Not 'me': /users/me is a route of its own, not an id.
          fc.constantFrom('0', '-1', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
        )
        .map((literal): PathValue => ({ literal })),
    },
  );
}

export function authArbitrary(): fc.Arbitrary<AuthKind> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant<AuthKind>('user') },
    { weight: 3, arbitrary: fc.constant<AuthKind>('admin') },
    { weight: 1, arbitrary: fc.constantFrom<AuthKind>('none', 'garbage', 'forged') },
  );
}

/** Short enough to read in a failure report: big strings and deep values are summarised. */
export function describeRequest(op: OperationRef, request: FuzzRequest): string {
  const summary = JSON.stringify(request, (_key, value: unknown) =>
    typeof value === 'string' && value.length > 80 ? `<${value.length} chars: ${value.slice(0, 24)}…>` : value,
  );
  return `${op.key} ${summary.length > 1_500 ? `${summary.slice(0, 1_500)}…` : summary}`;
}

export function requestArbitrary(
  document: ApiDocument,
  op: OperationRef,
  body: fc.Arbitrary<FuzzBody> = bodyArbitrary(document, op.operation.requestBody?.content['application/json']?.schema),
): fc.Arbitrary<FuzzRequest> {
  const pathNames = (op.operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
  const path = fc.record(Object.fromEntries(pathNames.map((name) => [name, pathValueArbitrary()]))) as fc.Arbitrary<
    Record<string, PathValue>
  >;
  return fc
    .record({
      auth: authArbitrary(),
      path,
      query: queryArbitrary(document, op.operation.parameters ?? []),
      // fetch refuses GET and HEAD bodies, and the server would not read them.
      body: op.method === 'GET' || op.method === 'HEAD' ? fc.constant<FuzzBody>({ kind: 'none' }) : body,
      useKnownSecrets: fc.boolean(),
      checkState: fc.nat({ max: 3 }).map((n) => n === 0),
    })
    .map((request) => Object.assign(request, { [fc.toStringMethod]: () => describeRequest(op, request) }));
}
