import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification, isXApiError, withXApi } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

const partial = {
  status: 200,
  body: {
    data: [{ id: '2244994945', name: 'X Dev', username: 'XDevelopers' }],
    errors: [
      {
        value: 'gone_user',
        detail: 'Could not find user with usernames: [gone_user].',
        title: 'Not Found Error',
        resource_type: 'user',
        parameter: 'usernames',
        resource_id: 'gone_user',
        type: 'https://api.twitter.com/2/problems/resource-not-found',
      },
    ],
  },
};

test('a 2xx with partial errors resolves with its data intact and the errors classified', async () => {
  sim.script('GET /2/users/by', [partial]);
  const api = withXApi(createKy(sim.url));

  const response = await api.get('2/users/by', { searchParams: { usernames: 'XDevelopers,gone_user' } });

  expect(await response.json()).toEqual(partial.body);
  const classification = getClassification(response);
  expect(classification).toMatchObject({ ok: true, partial: true, kind: 'ok' });
  expect(classification?.problems).toHaveLength(1);
  expect(classification?.problems[0]).toMatchObject({ kind: 'not-found', resourceId: 'gone_user' });
});

test("partialErrors: 'reject' turns them into an XApiError whose response still holds the data", async () => {
  sim.script('GET /2/users/by', [partial]);
  const api = withXApi(createKy(sim.url), { partialErrors: 'reject' });

  const error = await api.get('2/users/by').catch((caught: unknown) => caught);

  expect(isXApiError(error)).toBe(true);
  if (!isXApiError(error)) return;
  expect(error).toMatchObject({ status: 200, attempts: 1 });
  expect(error.classification.partial).toBe(true);
  expect(error.classification.problems.map((problem) => problem.kind)).toEqual(['not-found']);
  expect(await (error.response as Response).json()).toEqual(partial.body);
  expect(sim.requestCount()).toBe(1);
});

test('a plain success is classified as ok with nothing partial', async () => {
  const api = withXApi(createKy(sim.url));

  const response = await api.get('2/users/me');

  expect(getClassification(response)).toMatchObject({ ok: true, partial: false, problems: [] });
});
