import { classify } from '@xapi-errors/core';
import { expect, test } from 'vitest';
import type { Driver } from '../src/driver.ts';
import { fetchDriver } from '../src/drivers/fetch.ts';
import { runScenario } from '../src/runner.ts';
import { type Scenario, scenarios } from '../src/scenarios.ts';

function scenario(name: string): Scenario {
  const found = scenarios.find((s) => s.name === name);
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
}

/** Plain fetch plus core's classifier, no retry loop: what the demo must catch. */
const naiveDriver: Driver = {
  name: 'fetch',
  async connect({ baseUrl }) {
    return {
      async send(call) {
        const url = baseUrl + call.path;
        const response = await fetch(url, { method: call.method });
        const classification = classify({ status: response.status, body: await response.text(), url });
        return classification.ok ? { type: 'data', classification } : { type: 'error', classification };
      },
      async openStream() {
        throw new Error('not used');
      },
    };
  },
};

test('an adapter that does not retry a 503 is reported, with every way it differs', async () => {
  const result = await runScenario(scenario('over-capacity-503'), naiveDriver);

  expect(result.outcomes).toEqual(['unavailable']);
  expect(result.attempts).toBe(1);
  expect(result.mismatches).toEqual([
    'outcome unavailable, expected data',
    '1 attempt, expected 3',
    'waited 0 ms, expected 450 ms',
  ]);
});

test('an adapter that hammers a used-up window is reported', async () => {
  const result = await runScenario(scenario('rate-limit-window'), naiveDriver);

  expect(result.outcomes).toEqual(['data', 'rate-limited']);
  expect(result.mismatches).toContain('outcome data, rate-limited, expected data ×2');
});

test('a driver that throws is a failed run, not a crash of the demo', async () => {
  const broken: Driver = {
    name: 'ky',
    async connect() {
      throw new Error('cannot build the client');
    },
  };

  const result = await runScenario(scenario('usage-cap'), broken);

  expect(result.mismatches).toEqual(['the run failed: cannot build the client']);
});

test('the real fetch adapter passes the scenario the naive one fails', async () => {
  const result = await runScenario(scenario('over-capacity-503'), fetchDriver);

  expect(result.mismatches).toEqual([]);
  expect(result.waitMs).toBe(450);
});
