import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification, withXApi } from '../src/index.ts';

const sim = useSimulator(
  { beforeAll, beforeEach, afterAll },
  { stream: { dataIntervalMs: 10, keepAliveMs: 60_000 } },
);

test('a 2xx stream is handed over unread and keeps streaming', async () => {
  const xfetch = withXApi();

  const response = await xfetch(`${sim.url}/2/tweets/search/stream`);

  expect(response.status).toBe(200);
  expect(response.bodyUsed).toBe(false);
  expect(getClassification(response)?.ok).toBe(true);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  while (!text.includes('\n')) text += (await reader.read()).value ?? '';
  await reader.cancel();
  const first = JSON.parse(text.split('\n')[0] ?? '') as { data: { id: string } };
  expect(first.data.id).toEqual(expect.any(String));
});

test('a stream refused at connect time is classified like any other error', async () => {
  sim.setStreamRules(0);
  const xfetch = withXApi(fetch, { retry: false });

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/tweets/search/stream`));

  expect(error.status).toBe(409);
  expect(error.kind).toBe('stream-rules');
});
