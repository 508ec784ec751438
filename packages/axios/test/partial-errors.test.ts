import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification, type XApiAxiosResponse } from '../src/index.ts';
import { xapiClient } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

/** What the simulator's `'partial'` step answers: one user found, one missing. */
const partialBody = {
  data: [expect.objectContaining({ username: 'sim_user' })],
  errors: [expect.objectContaining({ resource_id: 'no_such_user_8812', title: 'Not Found Error' })],
};

test('a 2xx with partial errors resolves with its data intact and a partial classification', async () => {
  sim.script('GET /2/users/by', ['partial']);
  const api = xapiClient(sim.url);

  const response = await api.get('/2/users/by', { params: { usernames: 'sim_user,no_such_user_8812' } });

  expect(response.data).toEqual(partialBody);
  const classification = getClassification(response);
  expect(classification?.ok).toBe(true);
  expect(classification?.partial).toBe(true);
  expect(classification?.problems.map((problem) => [problem.id, problem.resourceId])).toEqual([
    ['v2/resource-not-found', 'no_such_user_8812'],
  ]);
});

test('a clean 2xx has a classification without problems', async () => {
  const api = xapiClient(sim.url);

  const response = await api.get('/2/users/me');

  expect(getClassification(response)).toMatchObject({ ok: true, partial: false, problems: [] });
});

test("partialErrors: 'reject' turns partial errors into an XApiError that still carries the data", async () => {
  sim.script('GET /2/users/by', ['partial']);
  const api = xapiClient(sim.url, { partialErrors: 'reject' });

  const error = await xapiErrorOf(
    api.get('/2/users/by', { params: { usernames: 'sim_user,no_such_user_8812' } }),
  );

  expect(error.status).toBe(200);
  expect(error.classification.partial).toBe(true);
  expect(error.kind).toBe('not-found');
  expect(error.classification.problems.map((problem) => problem.kind)).toEqual(['not-found']);
  expect(error.message).toContain('Could not find user with username: [no_such_user_8812].');
  expect((error.response as XApiAxiosResponse).data).toEqual(partialBody);
  expect(sim.requestCount()).toBe(1);
});
