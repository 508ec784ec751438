import type { Readable } from 'node:stream';
import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { isAxiosError } from 'axios';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification, type XApiAxiosResponse } from '../src/index.ts';
import { xapiClient } from './support.ts';

const sim = useSimulator(
  { beforeAll, beforeEach, afterAll },
  { stream: { rules: 0, keepAliveMs: 50, dataIntervalMs: 10 } },
);

test("with responseType 'stream', an error answer is read and classified by its problem type", async () => {
  const api = xapiClient(sim.url, { retry: false });

  const error = await xapiErrorOf(api.get('/2/tweets/search/stream', { responseType: 'stream' }));

  expect(error.status).toBe(409);
  expect(error.classification.entry?.id).toBe('v2/streaming-connection/RuleConfigurationIssue');
  const { data } = error.response as XApiAxiosResponse;
  expect(data).toEqual(expect.stringContaining('RuleConfigurationIssue'));
  expect(isAxiosError(error.cause) && error.cause.response?.data).toBe(data);
});

test("with responseType 'stream', a success resolves with the stream still unread", async () => {
  sim.setStreamRules(1);
  const api = xapiClient(sim.url);

  const response = await api.get<Readable>('/2/tweets/search/stream', { responseType: 'stream' });

  expect(getClassification(response)?.ok).toBe(true);
  let text = '';
  for await (const chunk of response.data) {
    text += String(chunk);
    if (text.includes('"data"')) break;
  }
  response.data.destroy();
  expect(text).toContain('"data"');
});
