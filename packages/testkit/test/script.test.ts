import { gzipSync } from 'node:zlib';
import { classify, getEntry } from '@xapi-errors/core';
import { afterEach, describe, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';
import { splitResponse, wireGet } from './http.ts';

let sim: Simulator;
afterEach(() => sim.close());

describe('script', () => {
  test('answers the next requests of a route in order, then the route behaves normally again', async () => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'ok']);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${sim.url}/2/users/me?user.fields=id`);
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(statuses).toEqual([503, 503, 200, 200]);
  });

  test('serves the entry example body and leaves other routes alone', async () => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', ['v2/http-503']);
    const other = await fetch(`${sim.url}/2/tweets/1`);
    expect(other.status).toBe(200);
    const res = await fetch(`${sim.url}/2/users/me`);
    expect(await res.text()).toBe(getEntry('v2/http-503')?.example.body);
  });

  test('a custom step sends its status, headers and body', async () => {
    sim = await startSimulator();
    sim.script('POST /2/tweets', [
      { status: 418, headers: { 'x-custom': 'yes' }, body: { oops: true } },
      { status: 400, body: 'plain words' },
    ]);
    const first = await fetch(`${sim.url}/2/tweets`, { method: 'POST', body: '{}' });
    expect(first.status).toBe(418);
    expect(first.headers.get('x-custom')).toBe('yes');
    expect(first.headers.get('content-type')).toContain('application/json');
    expect(await first.json()).toEqual({ oops: true });
    const second = await fetch(`${sim.url}/2/tweets`, { method: 'POST', body: '{}' });
    expect(second.status).toBe(400);
    expect(await second.text()).toBe('plain words');
  });

  test('a byte body is sent byte for byte, invalid UTF-8 included, with no content type added', async () => {
    sim = await startSimulator();
    const bytes = Uint8Array.from([
      ...Buffer.from('{"m":"'),
      0xff,
      0xfe,
      0xc0,
      0xaf,
      0xe2,
      0x82,
      ...Buffer.from('"}'),
    ]);
    sim.script('GET /2/users/me', [
      { status: 400, body: bytes },
      { status: 400, body: bytes },
    ]);
    const { head, body } = splitResponse((await wireGet(`${sim.url}/2/users/me`)).bytes);
    expect(new Uint8Array(body)).toEqual(bytes);
    expect(head).toMatch(new RegExp(`^content-length: ${bytes.length}$`, 'm'));
    expect(head).not.toMatch(/^content-type:/m);
    const res = await fetch(`${sim.url}/2/users/me`);
    expect(res.status).toBe(400);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
  });

  test('a Buffer body with its own content-encoding reaches the client as sent', async () => {
    sim = await startSimulator();
    const text = '{"data":{"id":"1"}}'.repeat(3);
    sim.script('GET /2/users/me', [
      { status: 200, headers: { 'content-encoding': 'gzip' }, body: gzipSync(text) },
    ]);
    const res = await fetch(`${sim.url}/2/users/me`);
    expect(await res.text()).toBe(text);
  });

  test('a route with a :name segment matches any value of that segment', async () => {
    sim = await startSimulator();
    sim.script('DELETE /2/tweets/:id', ['v2/http-503']);
    const res = await fetch(`${sim.url}/2/tweets/12345`, { method: 'DELETE' });
    expect(res.status).toBe(503);
    expect((await fetch(`${sim.url}/2/tweets/12345`, { method: 'DELETE' })).status).toBe(200);
  });

  test('scripting a route twice appends to its queue', async () => {
    sim = await startSimulator();
    sim.script('GET /1.1/statuses/show.json', ['v1.1/130']);
    sim.script('get /1.1/statuses/show.json', ['v1.1/88']);
    const first = await fetch(`${sim.url}/1.1/statuses/show.json?id=1`);
    const second = await fetch(`${sim.url}/1.1/statuses/show.json?id=1`);
    expect([first.status, second.status]).toEqual([503, 429]);
    expect(await second.json()).toEqual(JSON.parse(getEntry('v1.1/88')?.example.body ?? ''));
  });

  test("'partial' answers a v2 lookup with the found resource in data and the missing one in errors", async () => {
    sim = await startSimulator();
    sim.script('GET /2/users', ['partial']);
    const res = await fetch(`${sim.url}/2/users?ids=1,2`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { data: { username: string }[]; errors: unknown[] };
    expect(body.data).toEqual([expect.objectContaining({ username: 'sim_user' })]);
    const example = JSON.parse(getEntry('v2/resource-not-found')?.example.body ?? '{}') as {
      errors: unknown[];
    };
    expect(body.errors).toEqual(example.errors);
    expect(classify({ status: res.status, body }).partial).toBe(true);
  });

  test("'partial' is refused at once for routes outside v2", async () => {
    sim = await startSimulator();
    expect(() => sim.script('GET /1.1/users/show.json', ['partial'])).toThrow(
      /'partial' is an X API v2 answer/,
    );
    expect(() => sim.script('GET /v3/info', ['partial'])).toThrow(/'partial' is an X API v2 answer/);
  });

  test('rejects an unknown entry id and a malformed route at once', async () => {
    sim = await startSimulator();
    expect(() => sim.script('GET /2/users/me', ['v2/no-such-entry' as 'ok'])).toThrow(
      /no entry "v2\/no-such-entry"/,
    );
    expect(() => sim.script('/2/users/me', ['ok'])).toThrow(/expected a route/);
    expect(() => sim.script('GET /2/users/me', [{ status: 42 }])).toThrow(/HTTP status/);
  });

  test('rewrites reset headers of served entries relative to the clock and dates every response', async () => {
    const clock = createManualClock(Date.UTC(2026, 2, 1, 12, 0, 0, 250));
    sim = await startSimulator({ clock, scriptedResetMs: 5000 });
    sim.script('GET /2/users/me', ['v2/http-429']);
    const res = await fetch(`${sim.url}/2/users/me`);
    expect(res.status).toBe(429);
    expect(res.headers.get('x-rate-limit-reset')).toBe(String(Math.ceil((clock.now() + 5000) / 1000)));
    expect(res.headers.get('date')).toBe(new Date(clock.now()).toUTCString());
    clock.advance(60_000);
    const later = await fetch(`${sim.url}/2/users/me`);
    expect(later.headers.get('date')).toBe(new Date(clock.now()).toUTCString());
  });
});

describe('recorded requests', () => {
  test('records method, path, query, headers, body and clock time', async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock });
    await fetch(`${sim.url}/2/tweets?dry_run=1&dry_run=2`, {
      method: 'POST',
      headers: { Authorization: 'Bearer token', 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hi' }),
    });
    expect(sim.requests).toHaveLength(1);
    const [recorded] = sim.requests;
    expect(recorded).toMatchObject({
      method: 'POST',
      path: '/2/tweets',
      query: { dry_run: '2' },
      body: '{"text":"hi"}',
      time: clock.now(),
    });
    expect(recorded?.headers['authorization']).toBe('Bearer token');
    expect(recorded?.headers['content-type']).toBe('application/json');
  });

  test('requestCount counts by route, ignoring the query, or by predicate', async () => {
    sim = await startSimulator();
    await fetch(`${sim.url}/2/users/me?a=1`);
    await fetch(`${sim.url}/2/users/me`);
    await fetch(`${sim.url}/2/users/42`);
    await fetch(`${sim.url}/2/users/me`, { method: 'POST' });
    expect(sim.requestCount()).toBe(4);
    expect(sim.requestCount('GET /2/users/me')).toBe(2);
    expect(sim.requestCount('GET /2/users/:id')).toBe(3);
    expect(sim.requestCount((request) => request.method === 'POST')).toBe(1);
  });

  test('reset clears scripts and recorded requests', async () => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', ['v2/http-503']);
    await fetch(`${sim.url}/2/tweets/1`);
    sim.reset();
    expect(sim.requests).toHaveLength(0);
    expect((await fetch(`${sim.url}/2/users/me`)).status).toBe(200);
    expect(sim.requestCount()).toBe(1);
  });
});
