import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification, type XApiAxiosResponse } from '../src/index.ts';
import { xapiClient } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

const tweets = [{ id: '1460323737035677698', text: 'still here' }];
const partial = {
  status: 200,
  body: {
    data: tweets,
    errors: [
      {
        value: '1460323737035677699',
        detail: 'Could not find tweet with ids: [1460323737035677699].',
        title: 'Not Found Error',
        resource_type: 'tweet',
        parameter: 'ids',
        resource_id: '1460323737035677699',
        type: 'https://api.twitter.com/2/problems/resource-not-found',
      },
    ],
  },
};

test('a 2xx with partial errors resolves with its data intact and a partial classification', async () => {
  sim.script('GET /2/tweets', [partial]);
  const api = xapiClient(sim.url);

  const response = await api.get('/2/tweets', { params: { ids: '1460323737035677698,1460323737035677699' } });

  expect(response.data.data).toEqual(tweets);
  const classification = getClassification(response);
  expect(classification?.ok).toBe(true);
  expect(classification?.partial).toBe(true);
  expect(classification?.problems.map((problem) => [problem.id, problem.resourceId])).toEqual([
    ['v2/resource-not-found', '1460323737035677699'],
  ]);
});

test('a clean 2xx has a classification without problems', async () => {
  const api = xapiClient(sim.url);

  const response = await api.get('/2/users/me');

  expect(getClassification(response)).toMatchObject({ ok: true, partial: false, problems: [] });
});

test("partialErrors: 'reject' turns partial errors into an XApiError that still carries the data", async () => {
  sim.script('GET /2/tweets', [partial]);
  const api = xapiClient(sim.url, { partialErrors: 'reject' });

  const error = await xapiErrorOf(api.get('/2/tweets', { params: { ids: '1460323737035677698' } }));

  expect(error.status).toBe(200);
  expect(error.classification.partial).toBe(true);
  expect(error.kind).toBe('not-found');
  expect(error.classification.problems.map((problem) => problem.kind)).toEqual(['not-found']);
  expect(error.message).toContain('Could not find tweet with ids: [1460323737035677699].');
  expect((error.response as XApiAxiosResponse).data).toEqual(partial.body);
  expect(sim.requestCount()).toBe(1);
});
