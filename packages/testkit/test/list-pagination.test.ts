import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classify } from '@xapi-errors/core';
import { afterEach, describe, expect, test } from 'vitest';
import { readConfig } from '../src/cli-config.ts';
import { type Simulator, type SimulatorOptions, startSimulator } from '../src/index.ts';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function started(options: SimulatorOptions): Promise<Simulator> {
  sim = await startSimulator(options);
  return sim;
}

interface Page {
  readonly data: readonly { readonly id: string }[];
  readonly meta: {
    readonly result_count: number;
    readonly next_token?: string;
    readonly previous_token?: string;
  };
}

async function page(url: string): Promise<Page> {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return (await res.json()) as Page;
}

/** A client's pagination loop: follows `next_token` until a page has none, sending it back as `parameter`. */
async function everyPage(url: string, parameter: string): Promise<Page[]> {
  const pages = [await page(url)];
  for (let token = pages[0]?.meta.next_token; token !== undefined; token = pages.at(-1)?.meta.next_token) {
    const next = new URL(url);
    next.searchParams.set(parameter, token);
    pages.push(await page(next.href));
    if (pages.length > 50) throw new Error('the loop does not end');
  }
  return pages;
}

describe('listPages pages every /2 list route as X does', () => {
  test('a loop following next_token in pagination_token collects exactly listPages pages', async () => {
    const { url } = await started({ listPages: 4 });
    const pages = await everyPage(`${url}/2/users/2244994945/followers?max_results=3`, 'pagination_token');
    expect(pages).toHaveLength(4);
    expect(pages.map((each) => each.meta.result_count)).toEqual([3, 3, 3, 3]);
    expect(pages.map((each) => each.data.length)).toEqual([3, 3, 3, 3]);
    expect(pages.at(-1)?.meta).not.toHaveProperty('next_token');
    // Ids still count up from one IdSource: twelve items, twelve different ids.
    const ids = pages.flatMap((each) => each.data.map((item) => BigInt(item.id)));
    expect(ids).toEqual(ids.map((_, index) => (ids[0] ?? 0n) + BigInt(index)));
  });

  test('searches take the token back as next_token (or pagination_token) and have no previous_token', async () => {
    const { url } = await started({ listPages: 3 });
    for (const parameter of ['next_token', 'pagination_token']) {
      const pages = await everyPage(`${url}/2/tweets/search/recent?query=snow`, parameter);
      expect(pages.map((each) => each.data.length)).toEqual([1, 1, 1]);
      for (const each of pages) expect(each.meta).not.toHaveProperty('previous_token');
    }
  });

  test('previous_token appears from page 2 on and leads back to the page before', async () => {
    const { url } = await started({ listPages: 3 });
    const pages = await everyPage(`${url}/2/users/42/tweets`, 'pagination_token');
    expect(pages.map((each) => Object.keys(each.meta))).toEqual([
      ['result_count', 'next_token'],
      ['result_count', 'previous_token', 'next_token'],
      ['result_count', 'previous_token'],
    ]);
    const back = await page(`${url}/2/users/42/tweets?pagination_token=${pages[2]?.meta.previous_token}`);
    expect(back.meta).toEqual(pages[1]?.meta);
  });

  test('max_results outside 1 to 100 leaves one item a page', async () => {
    const { url } = await started({ listPages: 2 });
    for (const asked of ['0', '101', 'ten', '2.5']) {
      const first = await page(`${url}/2/tweets/7/liking_users?max_results=${asked}`);
      expect(first.data, asked).toHaveLength(1);
      expect(first.meta.result_count).toBe(1);
    }
    expect((await page(`${url}/2/tweets/7/liking_users?max_results=100`)).data).toHaveLength(100);
  });
});

describe('a token the simulator never handed out', () => {
  test('gets X 400 invalid-request, naming the parameter and value sent', async () => {
    // A real token, but of a page past the last one here.
    const other = await startSimulator({ listPages: 5 });
    const beyond = await everyPage(`${other.url}/2/users/42/following`, 'pagination_token')
      .then((pages) => pages.at(-1)?.meta.previous_token)
      .finally(() => other.close());
    const { url } = await started({ listPages: 2 });
    for (const token of ['not-a-token', '', '1', `${beyond}`]) {
      const target = `${url}/2/users/42/following?pagination_token=${encodeURIComponent(token)}`;
      const res = await fetch(target);
      const body = await res.text();
      expect(res.status, token).toBe(400);
      expect(JSON.parse(body)).toEqual({
        errors: [
          {
            parameters: { pagination_token: [token] },
            message: `The \`pagination_token\` query parameter value [${token}] is not valid`,
          },
        ],
        title: 'Invalid Request',
        detail: 'One or more parameters to your request was invalid.',
        type: 'https://api.twitter.com/2/problems/invalid-request',
      });
      const classification = classify({
        status: res.status,
        headers: res.headers,
        body,
        method: 'GET',
        url: target,
      });
      expect(classification.entry?.id).toBe('v2/invalid-request');
    }
    const search = await fetch(`${url}/2/tweets/search/all?query=x&next_token=nope`);
    expect(await search.json()).toMatchObject({ errors: [{ parameters: { next_token: ['nope'] } }] });
  });

  test('costs nothing, like any refused request: no window slot and no credit', async () => {
    const { url } = await started({
      listPages: 2,
      credits: 1,
      xLimits: { 'GET /2/users/:id/followers': { limit: 5, windowMs: 900_000 } },
    });
    const refused = await fetch(`${url}/2/users/2244994945/followers?pagination_token=bogus`);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('x-rate-limit-remaining')).toBe('5');
    const served = await fetch(`${url}/2/users/2244994945/followers`);
    expect(served.status).toBe(200);
    expect(served.headers.get('x-rate-limit-remaining')).toBe('4');
  });
});

describe('listPages is checked before listening', () => {
  test.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2'])('%s is refused', async (listPages) => {
    await expect(startSimulator({ listPages } as unknown as SimulatorOptions)).rejects.toThrow(
      new RangeError(
        `xapi-sim: listPages must be a whole number >= 1, got ${typeof listPages === 'string' ? JSON.stringify(listPages) : String(listPages)}`,
      ),
    );
  });

  test('a config file may set it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xapi-sim-pages-')), 'sim.json');
    writeFileSync(file, JSON.stringify({ listPages: 3 }));
    expect(readConfig(file)).toEqual({ listPages: 3 });
  });
});

describe('without listPages nothing changes', () => {
  const onePage =
    '{"data":[{"id":"1900000000000000001","name":"Sim User","username":"sim_user"}],"meta":{"result_count":1}}';

  test.each([{}, { listPages: 1 }])(
    'a list route answers one item and no token, byte for byte (%j)',
    async (options) => {
      const { url } = await started(options);
      expect(await (await fetch(`${url}/2/users/42/followers`)).text()).toBe(onePage);
    },
  );

  test('with one page, a token is not checked: the one page answers, as before pages existed', async () => {
    const { url } = await started({});
    const response = await fetch(`${url}/2/users/42/followers?pagination_token=abc`);
    expect(response.status).toBe(200);
    expect((await response.json()).meta).toEqual({ result_count: 1 });
  });

  test('Sorsa, v1.1 and single lookups ignore pages and page tokens', async () => {
    const { url } = await started({ listPages: 3 });
    const sorsa = await fetch(`${url}/v3/followers?username=x&pagination_token=zzz`, {
      headers: { ApiKey: 'k' },
    });
    expect(await sorsa.json()).toMatchObject({ users: [expect.any(Object)], next_cursor: null });
    const timeline = await fetch(`${url}/1.1/statuses/user_timeline.json?pagination_token=zzz&max_results=5`);
    expect(await timeline.json()).toEqual([expect.objectContaining({ id_str: expect.any(String) })]);
    const me = await fetch(`${url}/2/users/me?pagination_token=zzz`);
    expect(await me.json()).toEqual({ data: expect.objectContaining({ username: 'sim_user' }) });
  });
});
