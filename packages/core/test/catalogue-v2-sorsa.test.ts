import { describe, expect, test } from 'vitest';
import type { SorsaEntryId, V2EntryId } from '../src/catalogue/index.ts';
import { sorsaRules } from '../src/catalogue/sorsa.ts';
import { v2Rules } from '../src/catalogue/v2.ts';
import type { EntryRule, Example } from '../src/entry.ts';
import { sorsaExamples } from '../src/examples/sorsa.ts';
import { v2Examples } from '../src/examples/v2.ts';
import type { ErrorKind, RetryPolicy } from '../src/kinds.ts';
import { sorsaDe } from '../src/locales/de/sorsa.ts';
import { v2De } from '../src/locales/de/v2.ts';
import { sorsaEn } from '../src/texts/sorsa.ts';
import { v2En } from '../src/texts/v2.ts';

const v2: readonly EntryRule[] = v2Rules;
const sorsa: readonly EntryRule[] = sorsaRules;
const v2ById = new Map(v2.map((rule) => [rule.id, rule]));
const sorsaById = new Map(sorsa.map((rule) => [rule.id, rule]));

const v2Example = (id: string): Example => v2Examples[id as V2EntryId];
const sorsaExample = (id: string): Example => sorsaExamples[id as SorsaEntryId];

/** The problem object of a v2 example: the body itself, or its first inline error. */
function problemOf(example: Example): Record<string, unknown> {
  const body = JSON.parse(example.body) as Record<string, unknown>;
  const inline = body.errors;
  if (Array.isArray(inline) && typeof body.type !== 'string') return inline[0] as Record<string, unknown>;
  return body;
}

const specV2165 = [
  'invalid-request',
  'resource-not-found',
  'not-authorized-for-resource',
  'not-authorized-for-field',
  'resource-unavailable',
  'disallowed-resource',
  'client-forbidden',
  'unsupported-authentication',
  'usage-capped',
  'streaming-connection',
  'client-disconnected',
  'operational-disconnect',
  'rule-cap',
  'invalid-rules',
  'duplicate-rules',
  'noncompliant-rules',
  'conflict',
];
const specV2167Additions = ['field-unauthorized', 'field-hydration-failure', 'internal-error'];
const outsideSpec = ['oauth1-permissions', 'credits-depleted', 'rule-length', 'rate-limit-exceeded'];
// The list, plus 304, 406, 410 and 422, which the 2025-06 edition of X's errors page lists too.
const v2Statuses = [
  200, 201, 204, 304, 400, 401, 402, 403, 404, 406, 409, 410, 422, 429, 500, 501, 502, 503, 504,
];

const expectedVariants: Record<string, { field: string; kind: ErrorKind; retry: RetryPolicy }> = {
  'v2/streaming-connection/TooManyConnections': {
    field: 'connection_issue',
    kind: 'too-many-connections',
    retry: 'reconnect',
  },
  'v2/streaming-connection/RuleConfigurationIssue': {
    field: 'connection_issue',
    kind: 'stream-rules',
    retry: 'never',
  },
  'v2/streaming-connection/RulesInvalidIssue': {
    field: 'connection_issue',
    kind: 'stream-rules',
    retry: 'never',
  },
  'v2/streaming-connection/ProvisioningSubscription': {
    field: 'connection_issue',
    kind: 'unavailable',
    retry: 'backoff',
  },
  'v2/usage-capped/Daily': { field: 'period', kind: 'usage-capped', retry: 'after-period' },
  'v2/client-forbidden/client-not-enrolled': { field: 'reason', kind: 'forbidden', retry: 'never' },
  'v2/client-forbidden/official-client-forbidden': { field: 'reason', kind: 'forbidden', retry: 'never' },
  'v2/operational-disconnect/SlowReader': {
    field: 'disconnect_type',
    kind: 'stream-disconnect',
    retry: 'reconnect',
  },
  'v2/operational-disconnect/InvalidRules': {
    field: 'disconnect_type',
    kind: 'stream-rules',
    retry: 'never',
  },
};

const expectedKinds: Record<string, ErrorKind> = {
  'v2/invalid-request': 'invalid-request',
  'v2/resource-not-found': 'not-found',
  'v2/not-authorized-for-resource': 'not-authorized',
  'v2/not-authorized-for-field': 'not-authorized',
  'v2/field-unauthorized': 'not-authorized',
  'v2/resource-unavailable': 'not-authorized',
  'v2/disallowed-resource': 'forbidden',
  'v2/client-forbidden': 'forbidden',
  'v2/oauth1-permissions': 'forbidden',
  'v2/unsupported-authentication': 'authentication',
  'v2/usage-capped': 'usage-capped',
  'v2/credits-depleted': 'credits-exhausted',
  'v2/rate-limit-exceeded': 'rate-limited',
  'v2/operational-disconnect': 'stream-disconnect',
  'v2/client-disconnected': 'stream-disconnect',
  'v2/rule-cap': 'stream-rules',
  'v2/invalid-rules': 'stream-rules',
  'v2/noncompliant-rules': 'stream-rules',
  'v2/rule-length': 'stream-rules',
  'v2/duplicate-rules': 'duplicate',
  'v2/duplicate-content': 'duplicate',
  'v2/conflict': 'conflict',
  'v2/internal-error': 'server-error',
  'v2/field-hydration-failure': 'server-error',
  'v2/http-400': 'invalid-request',
  'v2/http-401': 'authentication',
  'v2/http-402': 'credits-exhausted',
  'v2/http-403': 'forbidden',
  'v2/http-404': 'not-found',
  'v2/http-409': 'stream-rules',
  'v2/http-429': 'rate-limited',
  'v2/http-500': 'server-error',
  'v2/http-501': 'invalid-request',
  'v2/http-502': 'server-error',
  'v2/http-503': 'unavailable',
  'v2/http-504': 'server-error',
  'sorsa/missing-key': 'authentication',
  'sorsa/key-deleted': 'authentication',
  'sorsa/key-not-paid': 'credits-exhausted',
  'sorsa/credits-exhausted': 'credits-exhausted',
  'sorsa/http-400': 'invalid-request',
  'sorsa/http-401': 'authentication',
  'sorsa/http-403': 'forbidden',
  'sorsa/http-404': 'not-found',
  'sorsa/http-410': 'gone',
  'sorsa/http-429': 'rate-limited',
  'sorsa/http-500': 'server-error',
};

/** The retry policy each kind implies; kinds not listed are never retried. */
const retryByKind: Partial<Record<ErrorKind, RetryPolicy>> = {
  'rate-limited': 'after-reset',
  'usage-capped': 'after-period',
  'too-many-connections': 'reconnect',
  'stream-disconnect': 'reconnect',
  unavailable: 'backoff',
  'server-error': 'backoff',
};

describe('v2 coverage', () => {
  test.each([...specV2165, ...specV2167Additions, ...outsideSpec])('type %s has a base entry', (slug) => {
    const rule = v2ById.get(`v2/${slug}`);
    expect(rule?.type).toBe(slug);
    expect(rule?.variant).toBeUndefined();
  });

  test.each(v2Statuses)('status %i has an about:blank entry', (status) => {
    const rule = v2ById.get(`v2/http-${status}`);
    expect(rule?.type).toBe('about:blank');
    expect(rule?.status).toEqual([status]);
    // 304 is no failure either: the copy the client has is still current.
    if (status < 300 || status === 304)
      expect([rule?.kind, rule?.retry, rule?.processed]).toEqual(['ok', 'never', true]);
    else expect(rule?.kind).not.toBe('ok');
  });

  test.each(Object.entries(expectedVariants))('variant %s', (id, expected) => {
    const rule = v2ById.get(id);
    const [, type, value] = id.split('/');
    expect(rule?.type).toBe(type);
    expect(rule?.variant).toEqual({ field: expected.field, value });
    expect([rule?.kind, rule?.retry]).toEqual([expected.kind, expected.retry]);
  });

  test('every variant belongs to a type that also has a base entry, listed after it', () => {
    for (const [index, rule] of v2.entries()) {
      if (!rule.variant) continue;
      expect(rule.id).toBe(`v2/${rule.type}/${rule.variant.value}`);
      const baseIndex = v2.findIndex((other) => other.id === `v2/${rule.type}`);
      expect(baseIndex).toBeGreaterThan(index);
    }
  });

  test('duplicate content is an about:blank 403 told apart by its detail, listed before v2/http-403', () => {
    const rule = v2ById.get('v2/duplicate-content');
    expect(rule).toMatchObject({ type: 'about:blank', status: [403], match: ['duplicate content'] });
    expect(v2.findIndex((r) => r.id === 'v2/duplicate-content')).toBeLessThan(
      v2.findIndex((r) => r.id === 'v2/http-403'),
    );
  });

  test('the catalogue holds nothing beyond the listed types, variants and statuses', () => {
    const expected = new Set([
      ...[...specV2165, ...specV2167Additions, ...outsideSpec].map((slug) => `v2/${slug}`),
      ...v2Statuses.map((status) => `v2/http-${status}`),
      ...Object.keys(expectedVariants),
      'v2/duplicate-content',
    ]);
    expect(new Set(v2.map((rule) => rule.id))).toEqual(expected);
  });
});

describe('sorsa coverage', () => {
  test.each([200, 400, 401, 403, 404, 410, 429, 500])('status %i has a plain entry', (status) => {
    const rule = sorsaById.get(`sorsa/http-${status}`);
    expect(rule?.status).toEqual([status]);
    expect(rule?.match).toBeUndefined();
    expect(rule?.dialect).toBe('sorsa');
  });

  test.each(['sorsa/missing-key', 'sorsa/key-not-paid', 'sorsa/credits-exhausted', 'sorsa/key-deleted'])(
    '%s is a 403 told apart by lower-case message fragments and listed before the plain entries',
    (id) => {
      const rule = sorsaById.get(id);
      expect(rule?.status).toContain(403);
      expect(rule?.match?.length).toBeGreaterThan(0);
      for (const fragment of rule?.match ?? []) expect(fragment).toBe(fragment.toLowerCase());
      const firstPlain = sorsa.findIndex((r) => r.id.startsWith('sorsa/http-'));
      expect(sorsa.findIndex((r) => r.id === id)).toBeLessThan(firstPlain);
    },
  );

  test('the missing key is recognised on 401 as well as on the observed 403', () => {
    expect(sorsaById.get('sorsa/missing-key')?.status).toEqual(expect.arrayContaining([401, 403]));
    expect(sorsaById.get('sorsa/missing-key')?.match).toEqual(
      expect.arrayContaining(['missing key in request header', 'apikey required']),
    );
  });
});

describe('rules', () => {
  const all = [...v2, ...sorsa];

  test('ids are unique', () => {
    expect(new Set(all.map((rule) => rule.id)).size).toBe(all.length);
  });

  test.each(Object.entries(expectedKinds))('%s has kind %s', (id, kind) => {
    expect((v2ById.get(id) ?? sorsaById.get(id))?.kind).toBe(kind);
  });

  test.each(all.filter((rule) => rule.kind !== 'ok'))('$id retries as its kind implies', (rule) => {
    const expected = retryByKind[rule.kind as ErrorKind] ?? 'never';
    expect(rule.retry).toBe(expected);
  });

  test('only server failures that may have run count as processed', () => {
    const processed = all.filter((rule) => rule.processed && rule.kind !== 'ok').map((rule) => rule.id);
    expect(processed.sort()).toEqual(
      [
        'v2/field-hydration-failure',
        'v2/internal-error',
        'v2/http-500',
        'v2/http-502',
        'v2/http-504',
        'sorsa/http-500',
      ].sort(),
    );
  });
});

describe('v2 examples', () => {
  test.each(v2)('$id: example status is one of the entry statuses and the body points back', (rule) => {
    const example = v2Example(rule.id);
    expect(rule.status).toContain(example.status);
    if (example.status === 204 || example.status === 304) {
      expect(example.body).toBe('');
      return;
    }
    const body = JSON.parse(example.body) as Record<string, unknown>;
    if (rule.kind === 'ok') {
      expect(body.data).toBeDefined();
      expect(body.errors).toBeUndefined();
      return;
    }
    const problem = problemOf(example);
    if (rule.type === 'about:blank') {
      expect(problem).toMatchObject({ type: 'about:blank', status: example.status });
    } else {
      expect(String(problem.type)).toMatch(
        new RegExp(`^https://api\\.(twitter|x)\\.com/2/problems/${rule.type}$`),
      );
    }
    if (rule.variant) expect(problem[rule.variant.field]).toBe(rule.variant.value);
    const siblingValues = v2
      .filter((other) => other.type === rule.type && other.variant && !rule.variant)
      .map((other) => other.variant?.value);
    for (const value of siblingValues) expect(Object.values(problem)).not.toContain(value);
  });

  test('the duplicate-content example carries the fragment and the plain 403 does not', () => {
    expect(String(problemOf(v2Example('v2/duplicate-content')).detail).toLowerCase()).toContain(
      'duplicate content',
    );
    expect(String(problemOf(v2Example('v2/http-403')).detail).toLowerCase()).not.toContain(
      'duplicate content',
    );
  });

  test('rate-limited examples have nothing left, usage-capped ones still show plenty', () => {
    for (const rule of v2.filter((r) => r.kind === 'rate-limited')) {
      expect(v2Example(rule.id).headers['x-rate-limit-remaining']).toBe('0');
    }
    for (const rule of v2.filter((r) => r.kind === 'usage-capped')) {
      const headers = v2Example(rule.id).headers;
      expect(headers['x-rate-limit-limit']).toBe('40000');
      expect(headers['x-rate-limit-remaining']).toBe('39999');
    }
  });

  test('both problem hosts occur, and the newest types use api.x.com', () => {
    const hosts = v2
      .filter((rule) => rule.type !== 'about:blank')
      .map((rule) => new URL(String(problemOf(v2Example(rule.id)).type)).host);
    expect(new Set(hosts)).toEqual(new Set(['api.twitter.com', 'api.x.com']));
    for (const id of ['v2/credits-depleted', 'v2/field-hydration-failure', 'v2/field-unauthorized']) {
      expect(String(problemOf(v2Example(id)).type)).toMatch(/^https:\/\/api\.x\.com\//);
    }
  });
});

describe('sorsa examples', () => {
  const matchers = sorsa.filter((rule) => rule.match);

  test.each(sorsa)('$id: example status is one of the entry statuses and the message selects it', (rule) => {
    const example = sorsaExample(rule.id);
    expect(rule.status).toContain(example.status);
    expect(Object.keys(example.headers).filter((name) => name.startsWith('x-rate'))).toEqual([]);
    if (rule.kind === 'ok') return;
    const message = String((JSON.parse(example.body) as { message?: unknown }).message).toLowerCase();
    const selecting = matchers.filter(
      (other) =>
        other.status.includes(example.status) && other.match?.some((fragment) => message.includes(fragment)),
    );
    expect(selecting.map((other) => other.id)).toEqual(rule.match ? [rule.id] : []);
  });

  test('the older {error, message, code} body shape is represented', () => {
    expect(JSON.parse(sorsaExample('sorsa/http-400').body)).toMatchObject({ error: true, code: 400 });
  });
});

describe('texts', () => {
  const entries = [
    ...v2.map((rule) => ({ id: rule.id, en: v2En[rule.id as V2EntryId], de: v2De[rule.id as V2EntryId] })),
    ...sorsa.map((rule) => ({
      id: rule.id,
      en: sorsaEn[rule.id as SorsaEntryId],
      de: sorsaDe[rule.id as SorsaEntryId],
    })),
  ];

  test.each(entries)('$id has short English and German texts and a docs link', ({ en, de }) => {
    for (const text of [en, de]) {
      expect(text.title.split(/\s+/).length).toBeLessThanOrEqual(6);
      expect(text.summary.length).toBeGreaterThan(10);
      expect(text.remedy.length).toBeGreaterThan(5);
    }
    // A vendor page, or one of its earlier editions where only those list the entry.
    expect(en.docs).toMatch(
      /^https:\/\/(docs\.(x\.com|sorsa\.io)\/|github\.com\/xdevplatform\/docs\/blob\/[0-9a-f]{8}\/)/,
    );
  });

  test('usage caps say they are not a short rate limit; depleted credits say retrying does not help', () => {
    expect(v2En['v2/usage-capped'].summary).toMatch(/not a short rate limit/);
    expect(v2En['v2/usage-capped/Daily'].summary).toMatch(/not a short rate-limit window/);
    expect(v2En['v2/credits-depleted'].remedy).toMatch(/retrying does not help until/);
    expect(v2De['v2/credits-depleted'].remedy).toMatch(/helfen nicht, bevor/);
  });
});
