import { connect } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { type RecordedRequest, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

test('requests is a copy: a saved array does not grow, and changing it erases nothing', async () => {
  sim = await startSimulator();
  const saved = sim.requests;
  await (await fetch(`${sim.url}/2/users/me`)).arrayBuffer();
  expect(saved).toHaveLength(0);
  expect(sim.requests).toHaveLength(1);

  const copy = sim.requests as RecordedRequest[];
  copy.length = 0;
  expect(sim.requests).toHaveLength(1);
  expect(sim.requestCount()).toBe(1);
});

test('recorded requests are frozen, so a caller cannot rewrite what was received', async () => {
  sim = await startSimulator();
  await (await fetch(`${sim.url}/2/users/me?a=1`, { headers: { 'x-app': 'one' } })).arrayBuffer();
  type Writable = { method: string; query: Record<string, string>; headers: Record<string, string> };
  const [recorded] = sim.requests as unknown as Writable[];
  expect(() => {
    if (recorded) recorded.method = 'POST';
  }).toThrow(TypeError);
  expect(() => {
    if (recorded) recorded.headers['x-app'] = 'two';
  }).toThrow(TypeError);
  expect(() => {
    if (recorded) recorded.query['a'] = '2';
  }).toThrow(TypeError);
  expect(sim.requests[0]).toMatchObject({ method: 'GET', query: { a: '1' }, headers: { 'x-app': 'one' } });
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});

test('a repeated header is joined with ", ", a repeated cookie with "; "', async () => {
  sim = await startSimulator();
  const { port } = new URL(sim.url);
  await new Promise<void>((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(
        'GET /2/users/me HTTP/1.1\r\nhost: x\r\ncookie: a=1\r\ncookie: b=2\r\nx-tag: one\r\nx-tag: two\r\nconnection: close\r\n\r\n',
      );
    });
    socket.on('data', () => {});
    socket.on('end', () => resolve());
    socket.on('error', reject);
  });
  expect(sim.requests[0]?.headers).toMatchObject({ cookie: 'a=1; b=2', 'x-tag': 'one, two' });
});
