import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification, withXApi } from '../src/index.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

/** What the simulator's `'partial'` step answers: one user found, one missing. */
const partial = {
  data: [expect.objectContaining({ username: 'sim_user' })],
  errors: [expect.objectContaining({ resource_id: 'no_such_user_8812', title: 'Not Found Error' })],
};

test('a 2xx with partial errors resolves with its data intact and the errors classified', async () => {
  sim.script('GET /2/users', ['partial']);
  const xfetch = withXApi();

  const response = await xfetch(`${sim.url}/2/users?ids=2244994945,1`);

  expect(response.status).toBe(200);
  expect(await response.json()).toEqual(partial);
  const classification = getClassification(response);
  expect(classification?.ok).toBe(true);
  expect(classification?.partial).toBe(true);
  expect(classification?.problems.map((problem) => [problem.id, problem.resourceId])).toEqual([
    ['v2/resource-not-found', 'no_such_user_8812'],
  ]);
});

test("partialErrors: 'reject' turns them into an XApiError that still carries the data", async () => {
  sim.script('GET /2/users', ['partial']);
  const xfetch = withXApi(fetch, { partialErrors: 'reject' });

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/users?ids=2244994945,1`));

  expect(error.status).toBe(200);
  expect(error.kind).toBe('not-found');
  expect(error.classification.partial).toBe(true);
  expect(error.classification.problems.map((problem) => problem.kind)).toEqual(['not-found']);
  expect(error.message).toContain('Could not find user with username: [no_such_user_8812].');
  expect(await (error.response as Response).json()).toEqual(partial);
  expect(sim.requestCount('GET /2/users')).toBe(1);
});

test('a 2xx without errors has a clean classification', async () => {
  const xfetch = withXApi();

  const response = await xfetch(`${sim.url}/2/users/me`);

  expect(getClassification(response)).toMatchObject({ ok: true, partial: false, problems: [] });
  expect(response.bodyUsed).toBe(false);
});

test('responses that did not come through withXApi have no classification', async () => {
  const response = await fetch(`${sim.url}/2/users/me`);

  expect(getClassification(response)).toBeUndefined();
  await response.body?.cancel();
});
