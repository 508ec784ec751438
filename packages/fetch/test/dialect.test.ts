import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { withXApi } from '../src/index.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

const emptyUnavailable = { status: 503, headers: { 'content-type': 'text/plain' }, body: '' };

test('behind a proxy path the dialect option picks the catalogue to match against', async () => {
  sim.script('GET /proxy/users/me', [emptyUnavailable]);
  const xfetch = withXApi(fetch, { retry: false, dialect: 'v2' });

  const error = await xapiErrorOf(xfetch(`${sim.url}/proxy/users/me`));

  expect(error.classification.dialect).toBe('v2');
  expect(error.classification.entry?.id).toBe('v2/http-503');
});

test('without it, an unknown path with an empty body is classified from the status alone', async () => {
  sim.script('GET /proxy/users/me', [emptyUnavailable]);
  const xfetch = withXApi(fetch, { retry: false });

  const error = await xapiErrorOf(xfetch(`${sim.url}/proxy/users/me`));

  expect(error.classification.dialect).toBe('unknown');
  expect(error.kind).toBe('unavailable');
});
