import { getEntry } from '@xapi-errors/core';
import { afterEach, describe, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

async function statuses(paths: readonly string[]): Promise<number[]> {
  const seen: number[] = [];
  for (const path of paths) {
    const res = await fetch(`${sim.url}${path}`);
    seen.push(res.status);
    await res.arrayBuffer();
  }
  return seen;
}

describe('usage cap', () => {
  test('after the cap every /2 request is usage-capped while x-rate-limit-remaining stays high', async () => {
    const clock = createManualClock();
    sim = await startSimulator({
      clock,
      usageCap: { limit: 2 },
      xLimits: { 'GET /2/tweets/search/recent': { limit: 300, windowMs: 15 * 60 * 1000 } },
    });
    expect(await statuses(['/2/tweets/search/recent?query=a', '/2/tweets/search/recent?query=b'])).toEqual([
      200, 200,
    ]);
    const capped = await fetch(`${sim.url}/2/tweets/search/recent?query=c`);
    expect(capped.status).toBe(429);
    const body = await capped.json();
    expect(body).toMatchObject({ title: 'UsageCapExceeded', period: 'Monthly' });
    expect(body.type).toMatch(/\/2\/problems\/usage-capped$/);
    expect(capped.headers.get('x-rate-limit-limit')).toBe('300');
    expect(capped.headers.get('x-rate-limit-remaining')).toBe('298');
    expect(await statuses(['/2/users/me'])).toEqual([429]);
  });

  test('without a route window the capped answer keeps the example high remaining count', async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock, usageCap: { limit: 0 } });
    const capped = await fetch(`${sim.url}/2/users/me`);
    expect(capped.status).toBe(429);
    const exampleRemaining = getEntry('v2/usage-capped')?.example.headers['x-rate-limit-remaining'];
    expect(Number(capped.headers.get('x-rate-limit-remaining'))).toBeGreaterThan(0);
    expect(capped.headers.get('x-rate-limit-remaining')).toBe(exampleRemaining);
    expect(capped.headers.get('x-rate-limit-reset')).toBe(String(Math.ceil((clock.now() + 1000) / 1000)));
  });

  test('a daily cap reports period Daily; /1.1 and /v3 are not capped; reset() lifts the cap', async () => {
    sim = await startSimulator({ usageCap: { limit: 1, period: 'Daily' } });
    expect(await statuses(['/2/users/me'])).toEqual([200]);
    const capped = await fetch(`${sim.url}/2/users/me`);
    expect(await capped.json()).toMatchObject({ title: 'UsageCapExceeded', period: 'Daily' });
    expect(await statuses(['/1.1/statuses/show.json?id=1'])).toEqual([200]);
    sim.reset();
    expect(await statuses(['/2/users/me'])).toEqual([200]);
  });

  test('a cap renews when the clock enters the next UTC day (Daily) or month (Monthly)', async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 31, 23, 0));
    sim = await startSimulator({ clock, usageCap: { limit: 1, period: 'Daily' } });
    expect(await statuses(['/2/users/me', '/2/users/me'])).toEqual([200, 429]);
    clock.advance(30 * 60 * 1000);
    expect(await statuses(['/2/users/me'])).toEqual([429]);
    clock.set(Date.UTC(2026, 1, 1, 0, 0, 1));
    expect(await statuses(['/2/users/me', '/2/users/me'])).toEqual([200, 429]);
    await sim.close();

    clock.set(Date.UTC(2026, 1, 1, 8, 0));
    sim = await startSimulator({ clock, usageCap: { limit: 1 } });
    expect(await statuses(['/2/users/me', '/2/users/me'])).toEqual([200, 429]);
    clock.set(Date.UTC(2026, 1, 28, 23, 59));
    expect(await statuses(['/2/users/me'])).toEqual([429]);
    clock.set(Date.UTC(2026, 2, 1));
    expect(await statuses(['/2/users/me', '/2/users/me'])).toEqual([200, 429]);
  });
});

describe('pay-per-use credits', () => {
  test('each /2 request costs one credit; at zero the answer is 402 credits-depleted', async () => {
    sim = await startSimulator({ credits: 3 });
    expect(await statuses(['/2/users/me', '/2/tweets/1', '/2/users/me'])).toEqual([200, 200, 200]);
    const depleted = await fetch(`${sim.url}/2/users/me`);
    expect(depleted.status).toBe(402);
    expect(await depleted.text()).toBe(getEntry('v2/credits-depleted')?.example.body);
    expect(await statuses(['/1.1/statuses/show.json', '/2/tweets/2'])).toEqual([200, 402]);
    sim.reset();
    expect(await statuses(['/2/users/me'])).toEqual([200]);
  });

  test('a request refused by a rate limit costs no credit', async () => {
    const clock = createManualClock();
    sim = await startSimulator({
      clock,
      credits: 1,
      xLimits: { 'GET /2/users/me': { limit: 0, windowMs: 1000 } },
    });
    expect(await statuses(['/2/users/me', '/2/users/me'])).toEqual([429, 429]);
    expect(await statuses(['/2/tweets/1', '/2/tweets/1'])).toEqual([200, 402]);
  });
});
