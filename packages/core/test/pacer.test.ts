import { getEventListeners } from 'node:events';
import { describe, expect, test } from 'vitest';
import { createPacer, paceKey, parseRateLimit, sleep } from '../src/index.ts';

describe('paceKey', () => {
  test('Sorsa keys fingerprint the API key and never contain it', () => {
    const key = paceKey({
      url: 'https://api.sorsa.io/v3/info?username=x',
      headers: { ApiKey: 'CANARY-sorsa-secret' },
    });
    expect(key).toMatch(/^sorsa:[0-9a-f]{16}$/);
    expect(key).not.toContain('CANARY');
    expect(paceKey({ url: 'https://api.sorsa.io/v3/info', headers: { apikey: 'other' } })).not.toBe(key);
  });

  test('X keys are per method and endpoint, with ids folded', () => {
    expect(paceKey({ url: 'https://api.x.com/2/users/123/tweets?max_results=5' })).toBe(
      'x:GET /2/users/:id/tweets',
    );
    expect(paceKey({ url: 'https://api.x.com/2/tweets', method: 'post' })).toBe('x:POST /2/tweets');
    expect(paceKey({ url: 'https://api.x.com/2/users/by/username/jack?user.fields=id' })).toBe(
      'x:GET /2/users/by/username/:username',
    );
    expect(paceKey({ url: 'https://api.x.com/2/spaces/1YqKDqDXAbwKV' })).toBe('x:GET /2/spaces/:id');
    expect(paceKey({ url: 'https://api.x.com/2/spaces/search?query=x' })).toBe('x:GET /2/spaces/search');
    expect(paceKey({ url: 'https://api.x.com/2/spaces/by/creator_ids' })).toBe(
      'x:GET /2/spaces/by/creator_ids',
    );
    expect(paceKey({ url: 'https://api.x.com/2/dm_conversations/1234-5678/dm_events' })).toBe(
      'x:GET /2/dm_conversations/:id/dm_events',
    );
    expect(paceKey({ url: 'https://api.x.com/1.1/statuses/show/1234567890.json' })).toBe(
      'x:GET /1.1/statuses/show/:id.json',
    );
    expect(paceKey({ url: 'https://api.x.com/2/users/12/followers' })).toBe('x:GET /2/users/12/followers');
    expect(paceKey({ url: 'https://api.x.com/2/trends/by/woeid/1' })).toBe('x:GET /2/trends/by/woeid/:woeid');
    expect(paceKey({ url: 'https://api.x.com/1.1/geo/id/df51dec6f4ee2b2c.json' })).toBe(
      'x:GET /1.1/geo/id/:id.json',
    );
    expect(paceKey({ url: 'https://example.com/other' })).toBeUndefined();
  });
});

describe('createPacer', () => {
  test('lets 20 Sorsa requests per window through and holds the 21st', async () => {
    let t = 10_000;
    const pacer = createPacer({ now: () => t, windowMs: 1000, marginMs: 0 });
    const dones = [];
    for (let i = 0; i < 20; i++) dones.push(await pacer.acquire('sorsa:k'));
    expect(dones.every((ticket) => ticket.waitedMs === 0)).toBe(true);
    for (const ticket of dones) ticket.done();
    let released = false;
    const next = pacer.acquire('sorsa:k').then(() => {
      released = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(released).toBe(false);
    t += 1000;
    await next;
    expect(released).toBe(true);
  });

  test('an in-flight request occupies the window until one window after its response', async () => {
    let t = 0;
    const pacer = createPacer({ now: () => t, perWindow: 1, windowMs: 1000, marginMs: 0 });
    const { done } = await pacer.acquire('sorsa:k');
    let released = false;
    const next = pacer.acquire('sorsa:k').then(() => {
      released = true;
    });
    t = 1500;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(released).toBe(false);
    done();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(released).toBe(false);
    t = 2500;
    await next;
    expect(released).toBe(true);
  });

  test('pauses an X endpoint at 0 remaining until reset', () => {
    const t = 50_000;
    const pacer = createPacer({ now: () => t });
    const rateLimit = parseRateLimit({ 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': '60' }, t);
    pacer.observe('x:GET /2/users/me', rateLimit);
    expect(pacer.pausedUntil('x:GET /2/users/me')).toBe(60_000);
    expect(pacer.pausedUntil('x:GET /2/tweets')).toBeUndefined();
  });

  test("an exhausted 24-hour family pauses its endpoint, not the others: posting's daily limit says nothing of reading", () => {
    const pacer = createPacer({ now: () => 0 });
    pacer.observe(
      'x:POST /2/tweets',
      parseRateLimit({ 'x-user-limit-24hour-remaining': '0', 'x-user-limit-24hour-reset': '3600' }, 0),
    );
    expect(pacer.pausedUntil('x:POST /2/tweets')).toBe(3_600_000);
    expect(pacer.pausedUntil('x:GET /2/users/me')).toBeUndefined();
  });

  test('an abort while queued behind a held request rejects at once and takes no slot', async () => {
    const pacer = createPacer({ perWindow: 1, windowMs: 300, marginMs: 0 });
    const first = await pacer.acquire('sorsa:k');
    // Held: the first request is in flight and occupies the only slot.
    const second = pacer.acquire('sorsa:k');
    const controller = new AbortController();
    const queued = pacer.acquire('sorsa:k', controller.signal);
    const reason = new Error('caller gave up');
    const started = Date.now();
    setTimeout(() => controller.abort(reason), 20);

    await expect(queued).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(1_000);

    first.done();
    (await second).done();
    // Had the aborted request taken a slot it never gave back, this would wait 30 s for it.
    const next = await pacer.acquire('sorsa:k');
    next.done();
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  test('one signal shared by many queued requests gets one abort listener, and none once they end', async () => {
    const pacer = createPacer({ perWindow: 1, windowMs: 300, marginMs: 0 });
    const first = await pacer.acquire('sorsa:shared');
    const controller = new AbortController();
    const queued = Array.from({ length: 15 }, () => pacer.acquire('sorsa:shared', controller.signal));
    const waits = Array.from({ length: 15 }, () => sleep(60_000, controller.signal));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);

    const reason = new Error('batch cancelled');
    controller.abort(reason);
    for (const outcome of await Promise.allSettled([...queued, ...waits]))
      expect(outcome).toEqual({ status: 'rejected', reason });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    first.done();
  });

  test('a request queued behind a hold already under way reports that wait', async () => {
    const resetSeconds = Math.ceil(Date.now() / 1000) + 1;
    const pacer = createPacer();
    pacer.observe(
      'x:GET /2/users/me',
      parseRateLimit({
        'x-rate-limit-limit': '5',
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(resetSeconds),
      }),
    );
    const held = pacer.acquire('x:GET /2/users/me');
    await new Promise((resolve) => setTimeout(resolve, 10));
    const behind = await pacer.acquire('x:GET /2/users/me');
    expect((await held).waitedMs).toBeGreaterThan(0);
    expect(behind.waitedMs).toBeGreaterThan(0);
  });

  test('an abort during a wait rejects with the abort reason at once', async () => {
    const pacer = createPacer({ now: () => 0 });
    pacer.observe(
      'x:GET /2/users/me',
      parseRateLimit({ 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': '3600' }, 0),
    );
    const controller = new AbortController();
    const waiting = pacer.acquire('x:GET /2/users/me', controller.signal);
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });
});
