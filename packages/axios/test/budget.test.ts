import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { ErrorEvent } from '../src/index.ts';
import { fastRetry, xapiClient } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

const outage = Array.from({ length: 10 }, () => 'v2/http-503' as const);

test('an empty retry budget makes the instance fail fast, and each instance has its own', async () => {
  sim.script('GET /2/users/me', outage);
  const errors: ErrorEvent[] = [];
  const options = {
    retry: fastRetry,
    budget: { capacity: 10 },
    onError: (event: ErrorEvent) => errors.push(event),
  };
  const api = xapiClient(sim.url, options);

  expect((await xapiErrorOf(api.get('/2/users/me'))).attempts).toBe(3);
  expect((await xapiErrorOf(api.get('/2/users/me'))).attempts).toBe(1);
  expect(errors.map((event) => event.reason)).toEqual(['budget-exhausted', 'budget-exhausted']);

  const other = xapiClient(sim.url, options);
  expect((await xapiErrorOf(other.get('/2/users/me'))).attempts).toBe(3);
  expect(sim.requestCount('GET /2/users/me')).toBe(7);
});
