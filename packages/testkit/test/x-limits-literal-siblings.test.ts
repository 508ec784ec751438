import { paceKey } from '@xapi-errors/core';
import { afterEach, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

async function get(path: string): Promise<{ status: number; remaining: string | null }> {
  const response = await fetch(`${sim.url}${path}`);
  await response.arrayBuffer();
  return { status: response.status, remaining: response.headers.get('x-rate-limit-remaining') };
}

test('a :id window leaves alone the sibling endpoints core paces apart, such as /2/users/me and /2/users/by', async () => {
  sim = await startSimulator({
    clock: createManualClock(),
    xLimits: { 'GET /2/users/:id': { limit: 1, windowMs: 900_000 } },
  });
  for (const path of ['/2/users/me', '/2/users/by?usernames=a', '/2/users/search?query=a']) {
    expect(paceKey({ url: `https://api.x.com${path}` })).not.toBe('x:GET /2/users/:id');
    expect(await get(path)).toEqual({ status: 200, remaining: null });
  }
  expect(paceKey({ url: 'https://api.x.com/2/users/2244994945' })).toBe('x:GET /2/users/:id');
  expect(await get('/2/users/2244994945')).toEqual({ status: 200, remaining: '0' });
  expect(await get('/2/users/783214')).toEqual({ status: 429, remaining: '0' });
});

test('a :name segment still takes what core folds: a numeric id, a username after /by/username/', async () => {
  sim = await startSimulator({
    clock: createManualClock(),
    xLimits: {
      'GET /2/users/by/username/:username': { limit: 1, windowMs: 900_000 },
      'GET /2/users/:id/tweets': { limit: 1, windowMs: 900_000 },
    },
  });
  expect(await get('/2/users/by/username/jack')).toEqual({ status: 200, remaining: '0' });
  expect(await get('/2/users/by/username/XDevelopers')).toEqual({ status: 429, remaining: '0' });
  expect(await get('/2/users/2244994945/tweets')).toEqual({ status: 200, remaining: '0' });
  expect(await get('/2/users/783214/tweets')).toEqual({ status: 429, remaining: '0' });
});
