import { afterEach, describe, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

const streamUrl = (): string => `${sim.url}/2/tweets/search/stream`;

describe('a refused stream connection costs nothing', () => {
  test('409 RuleConfigurationIssue uses no credit, cap, 24-hour slot or window slot', async () => {
    sim = await startSimulator({
      clock: createManualClock(),
      credits: 1,
      usageCap: { limit: 1 },
      appLimit24h: { limit: 1, windowMs: 86_400_000 },
      xLimits: { 'GET /2/tweets/search/stream': { limit: 1, windowMs: 900_000 } },
      stream: { rules: 0, disconnectAfter: 0 },
    });
    for (let i = 0; i < 2; i++) {
      const refused = await fetch(streamUrl());
      expect(refused.status).toBe(409);
      expect(refused.headers.get('x-rate-limit-remaining')).toBe('1');
      await refused.text();
    }
    sim.setStreamRules(1);
    const opened = await fetch(streamUrl());
    expect(opened.status).toBe(200);
    expect(opened.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(opened.headers.get('x-app-limit-24hour-remaining')).toBe('0');
    await opened.text();
  });

  test('429 TooManyConnections uses no credit', async () => {
    sim = await startSimulator({
      clock: createManualClock(),
      credits: 2,
      stream: { dataIntervalMs: 60_000 },
    });
    const controller = new AbortController();
    const open = await fetch(streamUrl(), { signal: controller.signal });
    expect(open.status).toBe(200);
    const refused = await fetch(streamUrl());
    expect(refused.status).toBe(429);
    await refused.text();
    controller.abort();
    // One credit went to the open stream; the refused attempt left the other.
    const call = await fetch(`${sim.url}/2/users/me`);
    expect(call.status).toBe(200);
    await call.text();
  });
});
