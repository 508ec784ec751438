import { getEntry } from '@xapi-errors/core';
import { afterEach, describe, expect, test } from 'vitest';
import { type FaultName, type Simulator, startSimulator } from '../src/index.ts';
import { rawGet } from './http.ts';

let sim: Simulator;
afterEach(() => sim.close());

describe('scripted faults, seen from the client', () => {
  test('reset: fetch rejects before any response', async () => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', ['reset']);
    await expect(fetch(`${sim.url}/2/users/me`)).rejects.toThrow(TypeError);
    sim.script('GET /2/users/me', ['reset']);
    const raw = await rawGet(`${sim.url}/2/users/me`);
    expect(raw.status).toBeUndefined();
    expect(raw.error?.code).toBe('ECONNRESET');
  });

  test('reset-mid-body: status and half the body arrive, then the connection resets', async () => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', ['reset-mid-body', 'reset-mid-body']);
    await expect(fetch(`${sim.url}/2/users/me`).then((res) => res.text())).rejects.toThrow();
    const raw = await rawGet(`${sim.url}/2/users/me`);
    expect(raw.status).toBe(200);
    const received = raw.chunks.join('');
    expect(received.length).toBeGreaterThan(0);
    expect(received.length).toBeLessThan(Number(raw.headers?.['content-length']));
    expect(raw.error).toBeDefined();
  });

  test('slow-body: the normal success arrives complete, in several pieces', async () => {
    sim = await startSimulator({ slowBodyMs: 100 });
    sim.script('GET /2/users/me', ['slow-body']);
    const raw = await rawGet(`${sim.url}/2/users/me`);
    expect(raw.status).toBe(200);
    expect(raw.error).toBeUndefined();
    expect(raw.chunks.length).toBeGreaterThan(1);
    expect(JSON.parse(raw.chunks.join(''))).toMatchObject({ data: { id: expect.any(String) } });
  });

  test('hang: the client can give up, and close() still returns', async () => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', ['hang', 'hang']);
    await expect(fetch(`${sim.url}/2/users/me`, { signal: AbortSignal.timeout(50) })).rejects.toThrow(
      /aborted|timeout/i,
    );
    const pending = fetch(`${sim.url}/2/users/me`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await sim.close();
    await expect(pending).rejects.toThrow(TypeError);
  });

  test('html-502: a text/html 502 page', async () => {
    sim = await startSimulator();
    sim.script('GET /1.1/statuses/show.json', ['html-502']);
    const res = await fetch(`${sim.url}/1.1/statuses/show.json`);
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toMatch(/<html>[\s\S]*Bad Gateway/);
  });

  test('truncated-json: a complete 200 whose body is not parseable', async () => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', ['truncated-json']);
    const res = await fetch(`${sim.url}/2/users/me`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(Number(res.headers.get('content-length'))).toBe(text.length);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  test("truncated-json keeps the route's success status: a post's 201", async () => {
    sim = await startSimulator();
    sim.script('POST /2/tweets', ['truncated-json']);
    const res = await fetch(`${sim.url}/2/tweets`, { method: 'POST', body: JSON.stringify({ text: 'hi' }) });
    expect(res.status).toBe(201);
    const text = await res.text();
    expect(text.startsWith('{"data":')).toBe(true);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  test('truncated-json cuts the bytes, not the characters: what arrives is a prefix, never a replacement character', async () => {
    sim = await startSimulator();
    sim.script('POST /2/tweets', ['truncated-json']);
    const text = `x${'\u{1F680}'.repeat(12)}`;
    const res = await fetch(`${sim.url}/2/tweets`, { method: 'POST', body: JSON.stringify({ text }) });
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.status).toBe(201);
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    expect(bytes.includes(Buffer.from([0xef, 0xbf, 0xbd]))).toBe(false);
    expect(bytes.toString('latin1')).toMatch(/^\{"data":\{"id":"\d+","text":"x/);
  });

  test('over-capacity-503 and server-error-500 speak each surface', async () => {
    sim = await startSimulator();
    const cases = [
      ['/2/users/me', 'over-capacity-503', 'v2/http-503'],
      ['/1.1/statuses/show.json', 'over-capacity-503', 'v1.1/130'],
      ['/2/users/me', 'server-error-500', 'v2/http-500'],
      ['/1.1/statuses/show.json', 'server-error-500', 'v1.1/131'],
      ['/v3/info', 'server-error-500', 'sorsa/http-500'],
    ] as const;
    for (const [path, fault, id] of cases) {
      sim.script(`GET ${path}`, [fault]);
      const res = await fetch(`${sim.url}${path}`);
      const example = getEntry(id)?.example;
      expect(res.status, `${fault} on ${path}`).toBe(example?.status);
      expect(await res.text()).toBe(example?.body);
    }
    sim.script('GET /v3/info', ['over-capacity-503']);
    const sorsa = await fetch(`${sim.url}/v3/info`);
    expect(sorsa.status).toBe(503);
    await sorsa.arrayBuffer();
  });
});

describe('random faults', () => {
  const kinds: FaultName[] = ['over-capacity-503', 'server-error-500', 'html-502', 'truncated-json'];

  async function run(seed: number): Promise<string[]> {
    sim = await startSimulator({ seed, faults: { rate: 0.4, kinds } });
    const outcomes: string[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await fetch(`${sim.url}/2/users/me`);
      const text = await res.text();
      outcomes.push(`${res.status}:${text.length}`);
    }
    await sim.close();
    return outcomes;
  }

  test('the same seed gives the same faults in the same order', async () => {
    const first = await run(7);
    const second = await run(7);
    expect(second).toEqual(first);
    const failed = first.filter((outcome) => !outcome.startsWith('200:')).length;
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(40);
    expect(await run(8)).not.toEqual(first);
  });

  test('reset() restarts the sequence from the seed', async () => {
    sim = await startSimulator({ seed: 3, faults: { rate: 0.5, kinds: ['over-capacity-503'] } });
    const sequence = async (): Promise<number[]> => {
      const seen: number[] = [];
      for (let i = 0; i < 12; i++) {
        const res = await fetch(`${sim.url}/2/users/me`);
        seen.push(res.status);
        await res.arrayBuffer();
      }
      return seen;
    };
    const first = await sequence();
    sim.reset();
    expect(await sequence()).toEqual(first);
  });

  test('only the listed paths get faults; rate 1 faults every one of them', async () => {
    sim = await startSimulator({ faults: { rate: 1, kinds: ['html-502'], paths: ['/2/users'] } });
    expect((await fetch(`${sim.url}/2/users/me`)).status).toBe(502);
    expect((await fetch(`${sim.url}/2/tweets/1`)).status).toBe(200);
  });

  test('a path of no API gets its 404 at any fault rate: only the APIs fail', async () => {
    sim = await startSimulator({
      seed: 1,
      faults: { rate: 1, kinds: ['truncated-json', 'over-capacity-503'] },
    });
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${sim.url}/elsewhere`);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ title: 'Not Found' });
    }
    expect((await fetch(`${sim.url}/2/users/me`)).status).not.toBe(404);
  });

  test('without kinds, every fault but hang happens, and each request ends', async () => {
    sim = await startSimulator({ seed: 11, slowBodyMs: 10, faults: { rate: 1 } });
    const outcomes = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const raw = await rawGet(`${sim.url}/2/users/me`);
      const text = raw.chunks.join('');
      if (raw.status === undefined) outcomes.add('reset');
      else if (raw.error) outcomes.add(raw.error.message === 'aborted' ? 'close-mid-body' : 'reset-mid-body');
      else if (raw.status !== 200) outcomes.add(String(raw.status));
      else outcomes.add(text.endsWith('}') ? 'complete 200' : 'truncated 200');
    }
    expect([...outcomes].sort()).toEqual([
      '500',
      '502',
      '503',
      'close-mid-body',
      'complete 200',
      'reset',
      'reset-mid-body',
      'truncated 200',
    ]);
  });

  test('a rate outside 0..1 is refused', async () => {
    await expect(startSimulator({ faults: { rate: 2 } })).rejects.toThrow(RangeError);
  });
});
