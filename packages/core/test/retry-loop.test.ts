import { describe, expect, test } from 'vitest';
import { type Classification, classify, createRuntime, type ErrorEvent, runWithRetry } from '../src/index.ts';

const summary = { method: 'GET', url: 'https://api.x.com/2/users/me' };
const request = { url: summary.url, method: 'GET', summary };

function answers(...classifications: Classification[]) {
  let sent = 0;
  const send = async () => {
    const classification = classifications[Math.min(sent, classifications.length - 1)]!;
    sent += 1;
    return { classification, result: sent };
  };
  return { send, sent: () => sent };
}

describe('runWithRetry (the loop every promise adapter shares)', () => {
  test('an unpaced request is sent before runWithRetry returns; a paced one only after its turn', async () => {
    const { send, sent } = answers(classify({ status: 200, body: { data: {} } }));
    const unpaced = runWithRetry(createRuntime(), request, send);
    expect(sent()).toBe(1);
    await unpaced;

    const sorsa = { url: 'https://api.sorsa.io/v3/info', method: 'GET', summary, headers: { apikey: 'k' } };
    const paced = answers(classify({ status: 200, body: { data: {} } }));
    const waiting = runWithRetry(createRuntime(), sorsa, paced.send);
    expect(paced.sent()).toBe(0);
    await waiting;
    expect(paced.sent()).toBe(1);
  });

  test('retries transient failures with core timing and stops on success', async () => {
    const retries: number[] = [];
    const runtime = createRuntime({
      retry: { baseDelayMs: 1, random: () => 0 },
      onRetry: (e) => retries.push(e.attempt),
    });
    const unavailable = classify({ status: 503, dialect: 'v2' });
    const { send, sent } = answers(unavailable, unavailable, classify({ status: 200, body: { data: {} } }));
    const outcome = await runWithRetry(runtime, request, send);
    expect(outcome.classification.ok).toBe(true);
    expect(outcome.attempts).toBe(3);
    expect(sent()).toBe(3);
    expect(retries).toEqual([1, 2]);
  });

  test('an empty budget stops retries during an outage', async () => {
    const runtime = createRuntime({
      retry: { baseDelayMs: 1, random: () => 0 },
      budget: { capacity: 5, retryCost: 5 },
    });
    const { send } = answers(classify({ status: 503, dialect: 'v2' }));
    const first = await runWithRetry(runtime, request, send);
    expect(first.attempts).toBe(2);
    const second = await runWithRetry(runtime, request, send);
    expect(second.attempts).toBe(1);
    expect(second.decision.reason).toBe('budget-exhausted');
  });

  test('a partial response rejected by option reaches onError', async () => {
    const errors: ErrorEvent[] = [];
    const runtime = createRuntime({ partialErrors: 'reject', onError: (e) => errors.push(e) });
    const partial = classify({
      status: 200,
      body: { data: [{ id: '1' }], errors: [{ type: 'https://api.x.com/2/problems/resource-not-found' }] },
    });
    const outcome = await runWithRetry(runtime, request, answers(partial).send);
    expect(outcome.decision.reason).toBe('not-retryable');
    expect(errors).toHaveLength(1);
  });

  test('the dialect option paces a proxy host like Sorsa', async () => {
    const runtime = createRuntime({ dialect: 'sorsa', pacer: { perWindow: 1, windowMs: 60_000 } });
    const proxied = { url: 'https://proxy.example/info', method: 'GET', summary, headers: { ApiKey: 'k' } };
    const ok = classify({ status: 200, body: { id: '1' }, dialect: 'sorsa' });
    await runWithRetry(runtime, proxied, answers(ok).send);
    const controller = new AbortController();
    const waiting = runWithRetry(runtime, { ...proxied, signal: controller.signal }, answers(ok).send);
    controller.abort(new Error('held by the pacer'));
    await expect(waiting).rejects.toThrow('held by the pacer');
  });
});
