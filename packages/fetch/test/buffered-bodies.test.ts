import { rejectionOf, useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification, withXApi } from '../src/index.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

const json = { 'content-type': 'application/json; charset=utf-8' };
const users = { data: [{ id: '2244994945', username: 'XDevelopers' }], meta: { result_count: 1 } };
const usersText = JSON.stringify(users);

function scriptUsers(body: string = usersText): void {
  sim.script('GET /2/users', [{ status: 200, headers: json, body }]);
}

const reads = {
  json: async (response: Response) => JSON.stringify(await response.json()),
  text: (response: Response) => response.text(),
  arrayBuffer: async (response: Response) => new TextDecoder().decode(await response.arrayBuffer()),
  bytes: async (response: Response) => new TextDecoder().decode(await response.bytes()),
  blob: async (response: Response) => (await response.blob()).text(),
  body: (response: Response) => new Response(response.body).text(),
} as const;

test.each(Object.keys(reads) as (keyof typeof reads)[])(
  'a read JSON success gives its whole body once through %s, then is used like any response',
  async (name) => {
    scriptUsers();
    const response = await withXApi()(`${sim.url}/2/users?ids=2244994945`);

    expect(await reads[name](response)).toBe(usersText);

    expect(response.bodyUsed).toBe(true);
    expect(await rejectionOf(response.json())).toBeInstanceOf(TypeError);
    expect(await rejectionOf(response.text())).toBeInstanceOf(TypeError);
    expect(() => response.clone()).toThrow(TypeError);
  },
);

test('after a read, the body stream is no longer readable', async () => {
  scriptUsers();
  const response = await withXApi()(`${sim.url}/2/users?ids=2244994945`);

  await response.json();

  expect(() => response.body?.getReader()).toThrow(TypeError);
  expect(await rejectionOf(response.blob())).toBeInstanceOf(TypeError);
});

test('a body being read through its stream cannot be read again through json()', async () => {
  scriptUsers();
  const response = await withXApi()(`${sim.url}/2/users?ids=2244994945`);

  const reader = response.body?.getReader();

  expect(await rejectionOf(response.json())).toBeInstanceOf(TypeError);
  await reader?.cancel();
});

test('a clone is independent of the original and keeps its classification', async () => {
  scriptUsers();
  const response = await withXApi()(`${sim.url}/2/users?ids=2244994945`);

  const copy = response.clone();
  const bytes = new Uint8Array(await response.arrayBuffer());
  bytes.fill(0);

  expect(await copy.json()).toEqual(users);
  expect(getClassification(copy)).toBe(getClassification(response));
  expect(copy.status).toBe(200);
  expect(copy.url).toBe(response.url);
});

test('json() on a response and on its clone gives separate objects', async () => {
  scriptUsers();
  const response = await withXApi()(`${sim.url}/2/users?ids=2244994945`);
  const copy = response.clone();

  const [first, second] = await Promise.all([response.json(), copy.json()]);

  expect(first).toEqual(users);
  expect(second).toEqual(users);
  expect(first).not.toBe(second);
});

test('partial errors read from the body stay as classified whatever the caller does with the data', async () => {
  const partial = { data: [{ id: '1' }], errors: [{ value: { ids: ['2'] }, title: 'Not Found Error' }] };
  scriptUsers(JSON.stringify(partial));
  const response = await withXApi()(`${sim.url}/2/users?ids=1,2`);

  const body = (await response.json()) as typeof partial;
  body.errors[0]?.value.ids.push('changed');

  expect(getClassification(response)?.problems[0]?.value).toEqual({ ids: ['2'] });
});

test('the read response keeps the original type, URL and headers', async () => {
  const bare = await fetch(`${sim.url}/2/users/me`);
  await bare.arrayBuffer();

  const response = await withXApi()(`${sim.url}/2/users/me`);

  expect(response.type).toBe(bare.type);
  expect(response.url).toBe(bare.url);
  expect(response.redirected).toBe(false);
  expect(response.headers.get('content-type')).toBe(bare.headers.get('content-type'));
});

test('a JSON success larger than core parses is handed over whole', async () => {
  const big = {
    data: Array.from({ length: 30_000 }, (_, index) => ({ id: String(index), text: 'x'.repeat(30) })),
  };
  const bigText = JSON.stringify(big);
  expect(bigText.length).toBeGreaterThan(1024 * 1024);
  scriptUsers(bigText);

  const response = await withXApi()(`${sim.url}/2/users?ids=all`);

  expect(getClassification(response)?.ok).toBe(true);
  expect(await response.text()).toBe(bigText);
});
