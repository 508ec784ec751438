import { afterEach, describe, expect, test } from 'vitest';
import { type CustomResponse, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

describe('script() rejects custom steps HTTP cannot deliver, at once', () => {
  test.each([
    ['an undefined value', { 'retry-after': undefined as unknown as string }],
    ['a value with a line break', { 'x-note': 'one\ntwo' }],
    ['a value beyond Latin-1', { 'x-note': 'Jörg 🚀' }],
    ['a name with a space', { 'retry after': '5' }],
  ])('a header with %s', async (_, headers) => {
    sim = await startSimulator();
    expect(() => sim.script('GET /2/users/me', [{ status: 429, headers, body: 'x' }])).toThrow(
      /xapi-sim: .*header/,
    );
    // Nothing was queued: the route still answers normally.
    const res = await fetch(`${sim.url}/2/users/me`);
    expect(res.status).toBe(200);
    await res.text();
  });

  test('a Latin-1 value is accepted and sent', async () => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', [{ status: 429, headers: { 'x-note': 'caf\u00e9' }, body: 'x' }]);
    const res = await fetch(`${sim.url}/2/users/me`);
    expect(res.status).toBe(429);
    await res.text();
  });

  test.each([100, 103, 199, 600])('status %i, which no client can finish on', async (status) => {
    sim = await startSimulator();
    const step: CustomResponse = { status, body: 'abc' };
    expect(() => sim.script('GET /2/users/me', [step])).toThrow(/200 to 599/);
  });

  test.each([200, 599])('status %i is allowed', async (status) => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', [{ status, body: 'abc' }]);
    const res = await fetch(`${sim.url}/2/users/me`);
    expect(res.status).toBe(status);
    expect(await res.text()).toBe('abc');
  });
});
