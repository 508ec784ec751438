import { afterEach, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

const add = (value: string): RequestInit => ({ method: 'POST', body: JSON.stringify({ add: [{ value }] }) });

async function ruleCount(): Promise<number> {
  const listed = (await (await fetch(`${sim.url}/2/tweets/search/stream/rules`)).json()) as {
    meta: { result_count: number };
  };
  return listed.meta.result_count;
}

test('a failure in place of the answer (scripted or random, the same path) leaves the simulator as it was: the API never processed it', async () => {
  sim = await startSimulator({ stream: { rules: 0 } });
  const rules = `${sim.url}/2/tweets/search/stream/rules`;
  sim.script('POST /2/tweets/search/stream/rules', ['over-capacity-503', 'server-error-500', 'html-502']);
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await fetch(rules, add('cats'))).status);
  expect(statuses).toEqual([503, 500, 502]);
  expect(await ruleCount()).toBe(0);

  const retried = await fetch(rules, add('cats'));
  expect(retried.status).toBe(201);
  expect(await ruleCount()).toBe(1);
});

test('a fault that damages the answer acted on the request first: the rule exists, a retry is a duplicate', async () => {
  sim = await startSimulator({ stream: { rules: 0 } });
  const rules = `${sim.url}/2/tweets/search/stream/rules`;
  sim.script('POST /2/tweets/search/stream/rules', ['truncated-json']);
  const damaged = await fetch(rules, add('dogs'));
  expect(damaged.status).toBe(201);
  await expect(damaged.json()).rejects.toThrow(SyntaxError);
  expect(await ruleCount()).toBe(1);

  const retried = (await (await fetch(rules, add('dogs'))).json()) as { errors: { title: string }[] };
  expect(retried.errors.map(({ title }) => title)).toEqual(['DuplicateRule']);
});
