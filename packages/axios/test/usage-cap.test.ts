import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ErrorEvent } from '../src/index.ts';
import { fastRetry, xapiClient } from './support.ts';

const sim = useSimulator({ beforeAll, afterAll }, { usageCap: { limit: 1 } });

test('a usage cap rejects after exactly one request, although the endpoint window has room', async () => {
  const errors: ErrorEvent[] = [];
  const api = xapiClient(sim.url, { retry: fastRetry, onError: (event) => errors.push(event) });
  await api.get('/2/users/me');
  const before = sim.requestCount();

  const error = await xapiErrorOf(api.get('/2/users/me'));

  expect(sim.requestCount() - before).toBe(1);
  expect(error.kind).toBe('usage-capped');
  expect(error.retryable).toBe(false);
  expect(error.attempts).toBe(1);
  expect(errors.map((event) => [event.reason, event.classification.kind])).toEqual([
    ['not-retryable', 'usage-capped'],
  ]);
});
