import { describe, expect, test } from 'vitest';
import { v2Examples } from '../src/examples/v2.ts';
import {
  classify,
  createPacer,
  createRetryBudget,
  createRuntime,
  type ErrorEvent,
  type Pacer,
  reconnectDelay,
  runWithRetry,
  spendsBudget,
} from '../src/index.ts';
import { answers, request } from './support/scripted-sends.ts';

describe('retry budget', () => {
  test('every transient kind spends budget, unknown errors included; limits do not', () => {
    for (const kind of ['server-error', 'unavailable', 'network', 'timeout', 'unknown'] as const) {
      expect(spendsBudget(kind)).toBe(true);
    }
    for (const kind of ['rate-limited', 'usage-capped', 'too-many-connections'] as const) {
      expect(spendsBudget(kind)).toBe(false);
    }
  });

  test('a success after retries refunds exactly the tokens its retries took', async () => {
    const budget = createRetryBudget();
    const runtime = createRuntime({ budget, retry: { baseDelayMs: 1, random: () => 0 } });
    const unavailable = classify({ status: 503, dialect: 'v2' });
    const { send } = answers(unavailable, unavailable, classify({ status: 200, body: { data: {} } }));
    const outcome = await runWithRetry(runtime, request, send);
    expect(outcome.attempts).toBe(3);
    expect(budget.available).toBe(100);
  });
});

describe('hooks and counts', () => {
  test('a usage cap is reported to onRateLimit', async () => {
    const events: unknown[] = [];
    const runtime = createRuntime({ onRateLimit: (event) => events.push(event) });
    const example = v2Examples['v2/usage-capped'];
    const capped = classify({ ...example, dialect: 'v2' });
    expect(capped.kind).toBe('usage-capped');
    await runWithRetry(runtime, request, answers(capped).send);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ source: 'response', classification: { kind: 'usage-capped' } });
  });

  test('a retry the pacer refuses counts only the attempts actually sent', async () => {
    const errors: ErrorEvent[] = [];
    const inner = createPacer();
    let asked = 0;
    const refusing: Pacer = {
      acquire: async (key, signal, refuse) => {
        asked += 1;
        if (asked === 2) {
          const refusal = refuse?.(120_000);
          if (refusal !== undefined) throw refusal;
        }
        return inner.acquire(key, signal);
      },
      observe: (key, rateLimit) => inner.observe(key, rateLimit),
      pausedUntil: () => undefined,
    };
    const runtime = createRuntime({
      pace: { x: true },
      pacer: refusing,
      retry: { maxDelayMs: 1000, baseDelayMs: 1, random: () => 0 },
      onError: (event) => errors.push(event),
    });
    const { send, sent } = answers(classify({ status: 503, dialect: 'v2' }));
    const outcome = await runWithRetry(runtime, request, send);
    expect(sent()).toBe(1);
    expect(outcome.attempts).toBe(1);
    expect(outcome.decision.reason).toBe('exceeds-max-delay');
    expect(errors.at(-1)?.attempts).toBe(1);
  });
});

describe('reconnect schedule', () => {
  test('a refused connection keeps doubling from a minute well past half an hour', () => {
    expect(reconnectDelay('too-many-connections', 7)).toBe(60_000 * 64);
    expect(reconnectDelay('rate-limited', 11)).toBe(60_000 * 1024);
    expect(reconnectDelay('rate-limited', 12)).toBe(60_000 * 1024);
  });
});
