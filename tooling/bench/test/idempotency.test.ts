import { type ScriptStep, useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { isAdapterError, makeClient, stacks } from './support/clients.ts';
import { settle } from './support/settle.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

const fastRetry = { baseDelayMs: 1, capDelayMs: 5 } as const;

/** Failures after which the API may already have acted on the request. */
const ambiguous: readonly ScriptStep[] = [
  'v2/http-500',
  'v2/http-502',
  'v2/http-504',
  'html-502',
  'reset',
  'reset-mid-body',
  'truncated-json',
  // A proxy's own 503s, after which the API may have the request: not X's "over capacity".
  { status: 503 },
  {
    status: 503,
    headers: { 'content-type': 'text/plain' },
    body: 'upstream connect error or disconnect/reset before headers. reset reason: connection termination',
  },
];

/** The subset that a GET is retried after, so each POST check has a control that retries. */
const retriedOnGet: readonly ScriptStep[] = [
  'v2/http-500',
  'v2/http-502',
  'v2/http-504',
  'html-502',
  'reset',
  { status: 503 },
];

describe.each(stacks)('%s', (stack) => {
  test.each(ambiguous)('a POST that meets %s is sent exactly once', async (failure) => {
    sim.script('POST /2/tweets', [failure, 'ok', 'ok']);
    const client = makeClient(stack, { retry: fastRetry });

    const ending = await settle(
      client.call({ method: 'POST', url: `${sim.url}/2/tweets`, json: { text: 'posted once' } }),
    );

    expect(ending.ok).toBe(false);
    if (!ending.ok) expect(isAdapterError(stack, ending.error)).toBe(true);
    expect(sim.requestCount('POST /2/tweets')).toBe(1);
  });

  test.each(retriedOnGet)('control: a GET that meets %s is retried', async (failure) => {
    sim.script('GET /2/users/me', [failure, 'ok']);
    const client = makeClient(stack, { retry: fastRetry });

    const ending = await settle(client.call({ url: `${sim.url}/2/users/me` }));

    expect(ending.ok).toBe(true);
    expect(sim.requestCount('GET /2/users/me')).toBe(2);
  });
});
