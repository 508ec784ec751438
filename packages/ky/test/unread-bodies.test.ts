import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { getClassification, withXApi } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';

const sim = useSimulator({ beforeAll, afterAll }, { stream: { dataIntervalMs: 10, keepAliveMs: 1000 } });

test('a streaming 2xx resolves at once with its body left for the caller to read', async () => {
  const api = withXApi(createKy(sim.url, { timeout: false }));

  const response = await api.get('2/tweets/search/stream');
  const reader = response.body!.getReader();
  const { value } = await reader.read();
  await reader.cancel();

  expect(getClassification(response)).toMatchObject({ ok: true, status: 200 });
  expect(new TextDecoder().decode(value)).toContain('"data"');
});
