import { getEntry } from '@xapi-errors/core';
import { afterEach, describe, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

const fifteenMinutes = 15 * 60 * 1000;
const day = 24 * 60 * 60 * 1000;

let sim: Simulator;
afterEach(() => sim.close());

async function get(path: string): Promise<{ status: number; headers: Headers; body: string }> {
  const res = await fetch(`${sim.url}${path}`);
  return { status: res.status, headers: res.headers, body: await res.text() };
}

function endpoint(headers: Headers): (string | null)[] {
  return ['limit', 'remaining', 'reset'].map((part) => headers.get(`x-rate-limit-${part}`));
}

describe('per-endpoint windows', () => {
  test('count down remaining, refuse with the v2 429 body at the limit, and reopen at the reset', async () => {
    const clock = createManualClock();
    sim = await startSimulator({
      clock,
      xLimits: { 'GET /2/users/:id': { limit: 3, windowMs: fifteenMinutes } },
    });
    const reset = String((clock.now() + fifteenMinutes) / 1000);
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await get('/2/users/2244994945?user.fields=created_at'));
    expect(seen.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(seen.map((r) => endpoint(r.headers))).toEqual([
      ['3', '2', reset],
      ['3', '1', reset],
      ['3', '0', reset],
      ['3', '0', reset],
    ]);
    expect(seen[3]?.body).toBe(getEntry('v2/http-429')?.example.body);

    clock.advance(fifteenMinutes - 1);
    expect((await get('/2/users/783214')).status).toBe(429);
    clock.advance(1);
    const reopened = await get('/2/users/783214');
    expect(reopened.status).toBe(200);
    expect(endpoint(reopened.headers)).toEqual(['3', '2', String(Number(reset) + fifteenMinutes / 1000)]);
  });

  test('routes without a configured window carry no rate-limit headers and are not limited', async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock, xLimits: { 'GET /2/users/me': { limit: 0, windowMs: 1000 } } });
    const limited = await get('/2/users/me');
    expect(limited.status).toBe(429);
    const other = await get('/2/tweets/1');
    expect(other.status).toBe(200);
    expect(endpoint(other.headers)).toEqual([null, null, null]);
    expect((await fetch(`${sim.url}/2/users/me`, { method: 'POST' })).status).toBe(200);
  });

  test('on /1.1 the refusal is the code 88 body', async () => {
    const clock = createManualClock();
    sim = await startSimulator({
      clock,
      xLimits: { 'GET /1.1/statuses/show.json': { limit: 1, windowMs: fifteenMinutes } },
    });
    expect((await get('/1.1/statuses/show.json?id=20')).status).toBe(200);
    const refused = await get('/1.1/statuses/show.json?id=20');
    expect(refused.status).toBe(429);
    expect(refused.body).toBe(getEntry('v1.1/88')?.example.body);
    expect(endpoint(refused.headers)).toEqual(['1', '0', String((clock.now() + fifteenMinutes) / 1000)]);
  });

  test('a refused request does not use up the window', async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock, xLimits: { 'GET /2/users/me': { limit: 2, windowMs: 1000 } } });
    for (let i = 0; i < 5; i++) await get('/2/users/me');
    expect(sim.requestCount('GET /2/users/me')).toBe(5);
    clock.advance(1000);
    expect(endpoint((await get('/2/users/me')).headers).slice(0, 2)).toEqual(['2', '1']);
  });

  test('reset() reopens the windows', async () => {
    const clock = createManualClock();
    sim = await startSimulator({
      clock,
      xLimits: { 'GET /2/users/me': { limit: 1, windowMs: fifteenMinutes } },
    });
    await get('/2/users/me');
    expect((await get('/2/users/me')).status).toBe(429);
    sim.reset();
    expect((await get('/2/users/me')).status).toBe(200);
  });
});

describe('24-hour families', () => {
  test('the app limit counts each /2 endpoint apart and refuses without claiming the endpoint window is empty', async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock, appLimit24h: { limit: 2, windowMs: day } });
    const reset = String((clock.now() + day) / 1000);
    const first = await get('/2/tweets/1001');
    const second = await get('/2/tweets/1002');
    const third = await get('/2/tweets/1003');
    expect([first.status, second.status, third.status]).toEqual([200, 200, 429]);
    expect((await get('/2/users/me')).headers.get('x-app-limit-24hour-remaining')).toBe('1');
    expect(first.headers.get('x-app-limit-24hour-remaining')).toBe('1');
    expect(second.headers.get('x-app-limit-24hour-remaining')).toBe('0');
    expect(third.headers.get('x-app-limit-24hour-limit')).toBe('2');
    expect(third.headers.get('x-app-limit-24hour-remaining')).toBe('0');
    expect(third.headers.get('x-app-limit-24hour-reset')).toBe(reset);
    expect(third.headers.get('x-rate-limit-remaining')).toBeNull();
    expect(third.body).toBe(getEntry('v2/http-429')?.example.body);
    expect((await get('/1.1/statuses/show.json')).status).toBe(200);
  });

  test('the user limit refuses while the endpoint window still has room', async () => {
    const clock = createManualClock();
    sim = await startSimulator({
      clock,
      userLimit24h: { limit: 1, windowMs: day },
      xLimits: { 'POST /2/tweets': { limit: 100, windowMs: fifteenMinutes } },
    });
    const posted = await fetch(`${sim.url}/2/tweets`, { method: 'POST', body: '{"text":"a"}' });
    expect(posted.status).toBe(201);
    const refused = await fetch(`${sim.url}/2/tweets`, { method: 'POST', body: '{"text":"b"}' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('x-user-limit-24hour-remaining')).toBe('0');
    expect(refused.headers.get('x-rate-limit-limit')).toBe('100');
    expect(refused.headers.get('x-rate-limit-remaining')).toBe('99');
    clock.advance(day);
    expect((await fetch(`${sim.url}/2/tweets`, { method: 'POST', body: '{}' })).status).toBe(201);
  });
});
