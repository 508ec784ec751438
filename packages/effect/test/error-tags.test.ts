import { catalogue, classify, describeWait, type EntryId, errorKinds, getEntry } from '@xapi-errors/core';
import { useSimulator } from '@xapi-errors/testkit';
import { Effect, Redacted } from 'effect';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  errorTags,
  fromClassification,
  isXApiError,
  NotFound,
  RateLimited,
  UsageCapped,
  type XApiError,
  XApiErrorBase,
} from '../src/index.ts';
import { routeOf, simClient, withClient } from './harness.ts';

const sim = useSimulator({ beforeAll, afterAll });

function failureOf(path: string, options: Parameters<typeof simClient>[1] = {}): Promise<XApiError> {
  return Effect.runPromise(Effect.flip(withClient(simClient(sim, options), (x) => x.get(path))));
}

describe('tags', () => {
  test('every canonical kind has its own tag', () => {
    expect(Object.keys(errorTags).sort()).toEqual([...errorKinds].sort());
    expect(new Set(Object.values(errorTags)).size).toBe(errorKinds.length);
    expect(errorTags['not-acceptable']).toBe('NotAcceptable');
  });

  test('fromClassification builds the class of each kind, carrying the classification', () => {
    for (const entry of catalogue) {
      const classification = classify({
        status: entry.example.status,
        body: entry.example.body,
        dialect: entry.dialect,
      });
      const error = fromClassification(classification, {
        request: { method: 'get', url: 'https://api.x.com/2/users/me' },
      });
      expect(error).toBeInstanceOf(XApiErrorBase);
      expect(error._tag).toBe(errorTags[error.kind]);
      expect(error.classification).toBe(classification);
      expect(error.status).toBe(classification.status);
      expect(error.retryable).toBe(classification.retryable);
      expect(error.request).toEqual({ method: 'GET', url: 'https://api.x.com/2/users/me' });
      expect(error.name).toBe(error._tag);
    }
  });

  test('a classification without an error kind becomes the requested kind, else Unknown', () => {
    const ok = classify({ status: 200, body: '{"data":{"id":"1"}}' });
    expect(fromClassification(ok)._tag).toBe('Unknown');
    expect(fromClassification(ok, { kind: 'not-found' })).toBeInstanceOf(NotFound);
  });

  test('a classification with an error kind of its own keeps it, whatever kind is asked for', () => {
    const limited = classify({
      status: 429,
      body: '{"errors":[{"code":88,"message":"Rate limit exceeded"}]}',
    });
    const error = fromClassification(limited, { kind: 'not-found' });
    expect(error._tag).toBe('RateLimited');
    expect(error.kind).toBe('rate-limited');
  });

  test('the error is yieldable and caught by its tag', async () => {
    const capped = new UsageCapped({
      classification: classify({ status: 429, body: getEntry('v2/usage-capped')?.example.body }),
    });
    const program = Effect.gen(function* () {
      return yield* capped;
    }).pipe(Effect.catchTag('UsageCapped', (error) => Effect.succeed(error.kind)));
    expect(await Effect.runPromise(program)).toBe('usage-capped');
    expect(isXApiError(capped)).toBe(true);
    expect(isXApiError(new Error('no'))).toBe(false);
  });
});

describe('each catalogue entry, served over HTTP, fails with the tag of its kind', () => {
  const failures = catalogue.flatMap((entry) =>
    entry.kind === 'ok' ? [] : [[entry.id, entry, entry.kind] as const],
  );

  test.each(failures)('%s', async (_id, entry, kind) => {
    sim.script(routeOf[entry.dialect].route, [entry.id as EntryId]);
    const error = await failureOf(routeOf[entry.dialect].path, { apiKey: Redacted.make('sim-key') });
    expect({ tag: error._tag, kind: error.kind, status: error.status }).toEqual({
      tag: errorTags[kind],
      kind,
      status: entry.example.status,
    });
  });
});

describe('failures without a catalogue entry', () => {
  test('a reset connection is a NetworkError', async () => {
    sim.script(routeOf.v2.route, ['reset']);
    const error = await failureOf(routeOf.v2.path);
    expect(error._tag).toBe('NetworkError');
    expect(error.status).toBe(0);
    expect(error.retryable).toBe(true);
  });

  test('a response past the time limit is a Timeout', async () => {
    sim.script(routeOf.v2.route, ['hang']);
    const error = await failureOf(routeOf.v2.path, { timeout: '200 millis' });
    expect(error._tag).toBe('Timeout');
    expect(error.kind).toBe('timeout');
  });

  test('a status nothing knows is Unknown', async () => {
    sim.script(routeOf.v2.route, [{ status: 418, body: 'teapot' }]);
    const error = await failureOf(routeOf.v2.path);
    expect(error._tag).toBe('Unknown');
    expect(error.status).toBe(418);
  });
});

test('catchTags handles several kinds in one place', async () => {
  sim.script(routeOf.v2.route, ['v2/usage-capped', 'v2/http-429', 'v2/resource-not-found']);
  const outcome = withClient(simClient(sim), (x) =>
    x.get(routeOf.v2.path).pipe(
      Effect.map(() => 'ok'),
      Effect.catchTags({
        UsageCapped: (error) => Effect.succeed(`capped (${error.classification.problems[0]?.reason})`),
        RateLimited: (error) => Effect.succeed(`limited for ${error.retryAfterMs}ms`),
      }),
    ),
  );
  expect(await Effect.runPromise(outcome)).toBe('capped (Monthly)');
  expect(await Effect.runPromise(outcome)).toMatch(/^limited for \d+ms$/);
  const rest = await Effect.runPromise(Effect.flip(outcome));
  expect(rest).toBeInstanceOf(NotFound);
  expect(rest).not.toBeInstanceOf(RateLimited);
});

test('a tagged error tells its wait in words through core’s describeWait', () => {
  const error = fromClassification(
    classify({ status: 429, headers: { 'retry-after': '90' }, dialect: 'v2' }),
  );
  expect(error).toBeInstanceOf(RateLimited);
  expect(describeWait(error)).toBe('Try again in 1.5 minutes.');
});
