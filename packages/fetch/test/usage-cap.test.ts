import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type ErrorEvent, withXApi } from '../src/index.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll }, { usageCap: { limit: 1 } });

test('a usage cap rejects after exactly one request, although the window has requests left', async () => {
  const errors: ErrorEvent[] = [];
  const xfetch = withXApi(fetch, { onError: (event) => errors.push(event) });
  await xfetch(`${sim.url}/2/users/me`);
  const before = sim.requestCount();

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/users/me`));

  expect(sim.requestCount() - before).toBe(1);
  expect(error.status).toBe(429);
  expect(error.kind).toBe('usage-capped');
  expect(error.retryable).toBe(false);
  expect(error.attempts).toBe(1);
  expect(errors.map((event) => [event.reason, event.classification.kind])).toEqual([
    ['not-retryable', 'usage-capped'],
  ]);
});

test('the usage-capped body stays readable on the error', async () => {
  const xfetch = withXApi();
  await xfetch(`${sim.url}/2/users/me`);

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/users/me`));

  expect(error.response).toBeInstanceOf(Response);
  const body = (await (error.response as Response).json()) as { type: string; period: string };
  expect(body.type).toMatch(/usage-capped$/);
  expect(body.period).toBe('Monthly');
});
