import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification, isXApiError, withXApi } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

/** What the simulator's `'partial'` step answers: one user found, one missing. */
const partialBody = {
  data: [expect.objectContaining({ username: 'sim_user' })],
  errors: [expect.objectContaining({ resource_id: 'no_such_user_8812', title: 'Not Found Error' })],
};

test('a 2xx with partial errors resolves with its data intact and the errors classified', async () => {
  sim.script('GET /2/users/by', ['partial']);
  const api = withXApi(createKy(sim.url));

  const response = await api.get('2/users/by', { searchParams: { usernames: 'sim_user,no_such_user_8812' } });

  expect(await response.json()).toEqual(partialBody);
  const classification = getClassification(response);
  expect(classification).toMatchObject({ ok: true, partial: true, kind: 'ok' });
  expect(classification?.problems).toHaveLength(1);
  expect(classification?.problems[0]).toMatchObject({ kind: 'not-found', resourceId: 'no_such_user_8812' });
});

test("partialErrors: 'reject' turns them into an XApiError whose response still holds the data", async () => {
  sim.script('GET /2/users/by', ['partial']);
  const api = withXApi(createKy(sim.url), { partialErrors: 'reject' });

  const error = await api.get('2/users/by').catch((caught: unknown) => caught);

  expect(isXApiError(error)).toBe(true);
  if (!isXApiError(error)) return;
  expect(error).toMatchObject({ status: 200, attempts: 1 });
  expect(error.classification.partial).toBe(true);
  expect(error.classification.problems.map((problem) => problem.kind)).toEqual(['not-found']);
  expect(await (error.response as Response).json()).toEqual(partialBody);
  expect(sim.requestCount()).toBe(1);
});

test('a plain success is classified as ok with nothing partial', async () => {
  const api = withXApi(createKy(sim.url));

  const response = await api.get('2/users/me');

  expect(getClassification(response)).toMatchObject({ ok: true, partial: false, problems: [] });
});
