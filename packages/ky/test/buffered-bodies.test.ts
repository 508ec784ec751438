import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification, withXApi } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

const users = { data: [{ id: '2244994945', username: 'XDevelopers' }], meta: { result_count: 1 } };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

test('a JSON success read for classification reaches the caller whole, and is consumed once', async () => {
  sim.script('GET /2/users', [{ status: 200, body: users }]);
  const api = withXApi(createKy(sim.url));

  const response = await api.get('2/users', { searchParams: { ids: '2244994945' } });

  expect(response.bodyUsed).toBe(false);
  expect(await response.clone().json()).toEqual(users);
  expect(JSON.parse(await response.text())).toEqual(users);
  expect(response.bodyUsed).toBe(true);
  expect(await rejection(response.text())).toBeInstanceOf(TypeError);
  expect(() => response.clone()).toThrow(TypeError);
  expect(getClassification(response)).toMatchObject({ ok: true, partial: false });
});

test("ky's own json() gets the body of a read success", async () => {
  sim.script('GET /2/users', [{ status: 200, body: users }]);
  const api = withXApi(createKy(sim.url));

  expect(await api.get('2/users').json()).toEqual(users);
});
