import { afterEach, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

test('slow-body cuts between bytes, so a body of emoji arrives intact with a matching content-length', async () => {
  sim = await startSimulator({ slowBodyMs: 20 });
  // One ASCII character first puts every later cut of ten pieces inside a surrogate pair.
  const text = `x${'🚀'.repeat(20)}`;
  sim.script('POST /2/tweets', ['slow-body']);
  const res = await fetch(`${sim.url}/2/tweets`, { method: 'POST', body: JSON.stringify({ text }) });
  const bytes = Buffer.from(await res.arrayBuffer());
  expect(res.headers.get('content-length')).toBe(String(bytes.length));
  expect(JSON.parse(bytes.toString('utf8')).data.text).toBe(text);
  // Surplus bytes would be left on the keep-alive connection and spoil the next answer on it.
  const next = await fetch(`${sim.url}/2/users/me`);
  expect(next.status).toBe(200);
  expect(await next.json()).toHaveProperty('data');
});
