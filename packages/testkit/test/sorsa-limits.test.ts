import { getEntry } from '@xapi-errors/core';
import { afterEach, describe, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

function call(path: string, key?: string): Promise<Response> {
  return fetch(`${sim.url}${path}`, { headers: key === undefined ? {} : { ApiKey: key } });
}

async function bodyOf(res: Response): Promise<unknown> {
  return JSON.parse(await res.text());
}

function example(id: string): unknown {
  return JSON.parse(getEntry(id)?.example.body ?? 'null');
}

describe('Sorsa per-second limit', () => {
  test('of 25 simultaneous calls with one key in one second exactly 20 succeed and 5 get 429', async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock });
    const responses = await Promise.all(
      Array.from({ length: 25 }, () => call('/v3/followers?username=x', 'key-a')),
    );
    const statuses = responses.map((res) => res.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(20);
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
    expect(sim.requestCount('GET /v3/followers')).toBe(25);
    for (const res of responses) {
      const names = [...res.headers.keys()];
      expect(names.filter((name) => name.includes('ratelimit') || name.includes('rate-limit'))).toEqual([]);
      if (res.status === 429) expect(await bodyOf(res)).toEqual(example('sorsa/http-429'));
      else await res.arrayBuffer();
    }
  });

  test('the limit is per key and the next whole second starts a fresh window', async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 1, 0, 0, 0, 900));
    sim = await startSimulator({ clock, sorsa: { perSecond: 2 } });
    const statuses = async (key: string, count: number): Promise<number[]> =>
      Promise.all(Array.from({ length: count }, async () => (await call('/v3/info?username=x', key)).status));
    expect((await statuses('a', 3)).sort()).toEqual([200, 200, 429]);
    expect((await statuses('b', 2)).sort()).toEqual([200, 200]);
    clock.advance(99);
    expect(await statuses('a', 1)).toEqual([429]);
    clock.advance(1);
    expect((await statuses('a', 2)).sort()).toEqual([200, 200]);
  });
});

describe('Sorsa key gate', () => {
  test('a missing or blank ApiKey gets 403 "missing key in request header"', async () => {
    sim = await startSimulator();
    for (const res of [await call('/v3/info'), await call('/v3/info', '  ')]) {
      expect(res.status).toBe(403);
      expect(await bodyOf(res)).toEqual({ message: 'missing key in request header' });
    }
  });

  test('an unpaid key gets 403 "api key not payed", even on a path that does not exist', async () => {
    sim = await startSimulator({ sorsa: { keys: { cheap: { paid: false } } } });
    const res = await call('/v3/nonexistent', 'cheap');
    expect(res.status).toBe(403);
    expect(await bodyOf(res)).toEqual({ message: 'api key not payed' });
  });

  test('a deleted key gets the key-deleted entry', async () => {
    sim = await startSimulator({ sorsa: { keys: { gone: { deleted: true } } } });
    const res = await call('/v3/info', 'gone');
    expect(res.status).toBe(getEntry('sorsa/key-deleted')?.example.status);
    expect(await bodyOf(res)).toEqual(example('sorsa/key-deleted'));
  });

  test('a used-up quota gets 403 "request limit exceeded"; key-usage-info reports use without billing', async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock, sorsa: { keys: { small: { quota: 2 } } } });
    expect((await call('/v3/info', 'small')).status).toBe(200);
    const usage = await call('/v3/key-usage-info', 'small');
    expect(await bodyOf(usage)).toMatchObject({ key_requests: 2, remaining_requests: 1, total_requests: 1 });
    expect((await call('/v3/info', 'small')).status).toBe(200);
    const refused = await call('/v3/info', 'small');
    expect(refused.status).toBe(403);
    expect(await bodyOf(refused)).toEqual({ message: 'request limit exceeded' });
    sim.reset();
    expect((await call('/v3/info', 'small')).status).toBe(200);
  });

  test('a key whose quota is used up gets its 403 even when a random fault is due: never a success', async () => {
    sim = await startSimulator({
      seed: 3,
      faults: { rate: 1, kinds: ['truncated-json', 'slow-body'] },
      slowBodyMs: 10,
      sorsa: { keys: { empty: { quota: 0 } } },
    });
    for (let i = 0; i < 4; i++) {
      const res = await call('/v3/info?username=x', 'empty');
      expect(res.status).toBe(403);
      expect(await bodyOf(res)).toEqual({ message: 'request limit exceeded' });
    }
  });

  test("a scripted 'ok' or damaged success on key-usage-info has the usage body's shape", async () => {
    sim = await startSimulator({ sorsa: { keys: { small: { quota: 5 } } } });
    sim.script('GET /v3/key-usage-info', ['ok', 'truncated-json']);
    const ok = await call('/v3/key-usage-info', 'small');
    expect(await bodyOf(ok)).toEqual({
      key_requests: 5,
      remaining_requests: 5,
      total_requests: 0,
      valid_until: expect.any(String),
    });
    const cut = await (await call('/v3/key-usage-info', 'small')).text();
    expect(cut).toMatch(/^\{"key_requests":5,/);
  });

  test('any other non-empty key is paid and unlimited; success bodies are bare JSON', async () => {
    sim = await startSimulator();
    const res = await call('/v3/followers?username=x', 'anything');
    expect(res.status).toBe(200);
    expect(await bodyOf(res)).toMatchObject({
      users: [expect.objectContaining({ id: expect.any(String) })],
      next_cursor: null,
    });
    const usage = await call('/v3/key-usage-info', 'anything');
    expect(await bodyOf(usage)).toMatchObject({
      key_requests: null,
      remaining_requests: null,
      total_requests: 1,
    });
  });
});
