import { afterEach, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

async function get(path: string, authorization?: string): Promise<{ status: number; headers: Headers }> {
  const res = await fetch(`${sim.url}${path}`, { headers: authorization ? { authorization } : {} });
  await res.arrayBuffer();
  return { status: res.status, headers: res.headers };
}

const oauth1 = (token: string, nonce: string) =>
  `OAuth oauth_consumer_key="ck", oauth_nonce="${nonce}", oauth_signature="s${nonce}", oauth_token="${token}"`;

test("each token has its own endpoint window and 24-hour user limit; the app's limit is shared", async () => {
  sim = await startSimulator({
    clock: createManualClock(),
    xLimits: { 'GET /2/users/me': { limit: 1, windowMs: 900_000 } },
    userLimit24h: { limit: 2, windowMs: 86_400_000 },
    appLimit24h: { limit: 4, windowMs: 86_400_000 },
  });
  const alice = 'Bearer alice';
  const bob = 'Bearer bob';
  expect((await get('/2/users/me', alice)).status).toBe(200);
  expect((await get('/2/users/me', alice)).status).toBe(429);
  expect((await get('/2/users/me', bob)).status).toBe(200);

  expect((await get('/2/tweets/1001', alice)).status).toBe(200);
  expect((await get('/2/tweets/1002', alice)).status).toBe(200);
  const aliceSpent = await get('/2/tweets/1003', alice);
  expect(aliceSpent.status).toBe(429);
  expect(aliceSpent.headers.get('x-user-limit-24hour-remaining')).toBe('0');

  const first = await get('/2/tweets/1004', bob);
  expect(first.status).toBe(200);
  expect(first.headers.get('x-user-limit-24hour-remaining')).toBe('1');
  expect(first.headers.get('x-app-limit-24hour-remaining')).toBe('1');
  expect((await get('/2/tweets/1005', bob)).status).toBe(200);
  const appSpent = await get('/2/tweets/1006', 'Bearer carol');
  expect(appSpent.status).toBe(429);
  expect(appSpent.headers.get('x-app-limit-24hour-remaining')).toBe('0');
});

test('an OAuth 1.0a token keeps its window whatever the nonce and signature of each request', async () => {
  sim = await startSimulator({
    clock: createManualClock(),
    xLimits: { 'GET /1.1/account/verify_credentials.json': { limit: 1, windowMs: 900_000 } },
  });
  const path = '/1.1/account/verify_credentials.json';
  expect((await get(path, oauth1('user-1', 'a'))).status).toBe(200);
  expect((await get(path, oauth1('user-1', 'b'))).status).toBe(429);
  expect((await get(path, oauth1('user-2', 'c'))).status).toBe(200);
});
