import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { isAdapterError, makeClient, stacks } from './support/clients.ts';
import { settle } from './support/settle.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

const fastRetry = { baseDelayMs: 1, capDelayMs: 5, limit: 1 } as const;
/** A body that claims gzip and is not: what a broken proxy or CDN sends. */
const notGzip = (status: number, headers: Record<string, string> = {}) => ({
  status,
  headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...headers },
  body: Buffer.from('not gzip at all'),
});
const canary = 'CANARYgzip9931';

/** Every field an error shows: kind, status and the fields a log would print. */
function shown(error: unknown) {
  const { kind, status } = error as { kind?: string; status?: number };
  return { kind, status };
}

/** An error body cut off after its headers, by a clean close or a reset. */
const cutOff = (status: number, breakOff: 'close' | 'reset', headers: Record<string, string> = {}) => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ title: 'Too Many Requests', detail: 'x'.repeat(2000), type: 'about:blank', status }),
  breakOff,
});

describe.each(stacks)('%s', (stack) => {
  test('a 2xx whose body does not decode is a network failure, retried for a GET, no secret shown', async () => {
    sim.script('GET /2/users/me', [notGzip(200), notGzip(200)]);
    const client = makeClient(stack, { retry: fastRetry });

    const ending = await settle(
      client.call({
        url: `${sim.url}/2/users/me?access_token=${canary}`,
        headers: { authorization: `Bearer ${canary}` },
      }),
    );

    expect(ending.ok).toBe(false);
    if (ending.ok) return;
    expect(isAdapterError(stack, ending.error)).toBe(true);
    expect(shown(ending.error)).toEqual({ kind: 'network', status: 0 });
    expect(sim.requestCount('GET /2/users/me')).toBe(2);
    const { inspect } = await import('node:util');
    expect(inspect(ending.error, { depth: 8, showHidden: true })).not.toContain(canary);
  });

  test('an error status whose body does not decode still classifies by status and headers', async () => {
    sim.script('POST /2/tweets', [notGzip(429, { 'retry-after': '0' }), notGzip(400)]);
    const client = makeClient(stack, { retry: fastRetry });

    const ending = await settle(
      client.call({ method: 'POST', url: `${sim.url}/2/tweets`, json: { text: 'hi' } }),
    );

    // The 429 says the API did not act, so the POST is sent again; the 400 that follows is final.
    expect(ending.ok).toBe(false);
    if (!ending.ok) expect(shown(ending.error)).toEqual({ kind: 'invalid-request', status: 400 });
    expect(sim.requestCount('POST /2/tweets')).toBe(2);
  });

  test.each(['close', 'reset'] as const)(
    'an error status whose body is cut off (%s) still classifies by status and headers',
    async (breakOff) => {
      sim.script('POST /2/tweets', [cutOff(429, breakOff, { 'retry-after': '30' })]);
      sim.script('GET /2/users/me', [cutOff(400, breakOff)]);
      const client = makeClient(stack, { retry: { ...fastRetry, maxDelayMs: 1_000 } });

      const posted = await settle(
        client.call({ method: 'POST', url: `${sim.url}/2/tweets`, json: { text: 'hi' } }),
      );
      const got = await settle(client.call({ url: `${sim.url}/2/users/me` }));

      // The 429's Retry-After is read (a wait longer than maxDelayMs, so it is not retried); the 400 is final.
      expect(
        posted.ok || {
          ...shown(posted.error),
          wait: (posted.error as { retryAfterMs?: number }).retryAfterMs,
        },
      ).toEqual({ kind: 'rate-limited', status: 429, wait: 30_000 });
      expect(got.ok || shown(got.error)).toEqual({ kind: 'invalid-request', status: 400 });
      expect([sim.requestCount('POST /2/tweets'), sim.requestCount('GET /2/users/me')]).toEqual([1, 1]);
    },
  );
});
