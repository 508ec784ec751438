import { describe, expect, test } from 'vitest';
import {
  classify,
  createPacer,
  createRetryBudget,
  createRuntime,
  type ErrorEvent,
  isXApiError,
  type Pacer,
  paceKey,
  runWithRetry,
  sendsUnpaced,
  settlePlainSuccess,
  XApiError,
} from '../src/index.ts';
import { answers, request, summary } from './support/scripted-sends.ts';

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

  test('a first attempt the adapter sent itself counts as attempt 1; send starts at 2', async () => {
    const runtime = createRuntime({ retry: { baseDelayMs: 1, random: () => 0 } });
    const asked: number[] = [];
    const unavailable = classify({ status: 503, dialect: 'v2' });
    const outcome = await runWithRetry(
      runtime,
      request,
      async (attempt) => {
        asked.push(attempt);
        return { classification: classify({ status: 200, body: { data: {} } }), result: attempt };
      },
      { classification: unavailable, result: 1, sentAt: Date.now() },
    );
    expect(asked).toEqual([2]);
    expect(outcome).toMatchObject({ attempts: 2, result: 2 });
  });

  test("maxTotalMs counts from the first attempt's sentAt", async () => {
    const runtime = createRuntime({ retry: { baseDelayMs: 1, random: () => 0, maxTotalMs: 10_000 } });
    const unavailable = classify({ status: 503, dialect: 'v2' });
    const { send, sent } = answers(classify({ status: 200, body: { data: {} } }));
    const outcome = await runWithRetry(runtime, request, send, {
      classification: unavailable,
      result: 0,
      sentAt: Date.now() - 20_000,
    });
    expect(sent()).toBe(0);
    expect(outcome).toMatchObject({ attempts: 1, result: 0, decision: { retry: false } });
  });

  test('sendsUnpaced tells which requests an adapter may send first itself', () => {
    const sorsa = { url: 'https://api.sorsa.io/v3/info', headers: { apikey: 'k' } };
    expect(sendsUnpaced(createRuntime(), request)).toBe(true);
    expect(sendsUnpaced(createRuntime(), sorsa)).toBe(false);
    expect(sendsUnpaced(createRuntime({ pace: false }), sorsa)).toBe(true);
    expect(sendsUnpaced(createRuntime({ pace: { x: true } }), request)).toBe(false);
    expect(sendsUnpaced(createRuntime({ pace: { x: true } }), { url: 'https://example.com/page' })).toBe(
      true,
    );
  });

  test('settlePlainSuccess credits the budget as a first-try success in the loop does', async () => {
    const viaLoop = createRuntime({ budget: { capacity: 10, retryCost: 5 }, retry: { baseDelayMs: 1 } });
    const outside = createRuntime({ budget: { capacity: 10, retryCost: 5 }, retry: { baseDelayMs: 1 } });
    for (const runtime of [viaLoop, outside]) {
      expect(runtime.budget?.tryAcquire('unavailable')).toBe(5);
    }
    await runWithRetry(viaLoop, request, answers(classify({ status: 200, body: { data: {} } })).send);
    settlePlainSuccess(outside);
    expect(outside.budget?.available).toBe(viaLoop.budget?.available);
    expect(outside.budget?.available).toBe(6);
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

  test('retry: false reports a failure no retry could mend as not-retryable, a transient one as limit-reached', async () => {
    const reasons: string[] = [];
    const runtime = createRuntime({ retry: false, onError: (event) => reasons.push(event.reason) });
    await runWithRetry(runtime, request, answers(classify({ status: 404, url: summary.url })).send);
    await runWithRetry(runtime, request, answers(classify({ status: 503, url: summary.url })).send);
    expect(reasons).toEqual(['not-retryable', 'limit-reached']);
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

describe('a pacer hold is bounded like a retry wait', () => {
  const spentFor = (ms: number, now = Date.now()) => {
    const family = { name: 'rate-limit' as const, limit: 15, remaining: 0, resetAt: now + ms };
    return { families: [family], exhausted: family, skewMs: 0 };
  };
  const events: { rateLimit: unknown[]; error: ErrorEvent[] } = { rateLimit: [], error: [] };
  const hooks = {
    onRateLimit: (event: unknown) => events.rateLimit.push(event),
    onError: (event: ErrorEvent) => events.error.push(event),
  };

  test('a window spent for longer than maxDelayMs: rejected at once with a rate-limited XApiError, nothing sent', async () => {
    const runtime = createRuntime({ pace: { x: true }, retry: { maxDelayMs: 1000 }, ...hooks });
    runtime.pacer.observe(paceKey(request, 'v2') as string, spentFor(120_000));
    const { send, sent } = answers(classify({ status: 200, body: { data: {} } }));
    const started = Date.now();
    const error: unknown = await runWithRetry(runtime, request, send).catch((reason: unknown) => reason);
    expect(Date.now() - started).toBeLessThan(100);
    expect(sent()).toBe(0);
    expect(isXApiError(error)).toBe(true);
    const xerror = error as XApiError;
    expect(xerror.kind).toBe('rate-limited');
    expect(xerror.status).toBe(0);
    expect(xerror.attempts).toBe(0);
    expect(xerror.retryable).toBe(true);
    expect(xerror.retryAfterMs).toBeGreaterThan(119_000);
    expect(xerror.retryAfterMs).toBeLessThanOrEqual(120_000);
    expect(events.error.at(-1)?.reason).toBe('exceeds-max-delay');
    expect(events.error.at(-1)?.attempts).toBe(0);
    expect(events.rateLimit.at(-1)).toMatchObject({ source: 'pacer' });
  });

  test('a hold that would run past maxTotalMs is refused as exceeds-max-total', async () => {
    const runtime = createRuntime({ pace: { x: true }, retry: { maxTotalMs: 500 }, ...hooks });
    runtime.pacer.observe(paceKey(request, 'v2') as string, spentFor(5000));
    const { send, sent } = answers(classify({ status: 200, body: { data: {} } }));
    await expect(runWithRetry(runtime, request, send)).rejects.toBeInstanceOf(XApiError);
    expect(sent()).toBe(0);
    expect(events.error.at(-1)?.reason).toBe('exceeds-max-total');
  });

  test('time already spent queued counts towards maxDelayMs: no passing from window to window', async () => {
    // A pacer that keeps the request queued 400 ms, then meets a window spent for 800 ms more:
    // each wait alone is within 1000 ms, both together are not.
    const pacer = createPacer();
    const queuing: Pacer = {
      acquire: async (key, signal, refuse) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        const refusal = refuse?.(800);
        if (refusal !== undefined) throw refusal;
        return pacer.acquire(key, signal);
      },
      observe: (key, rateLimit) => pacer.observe(key, rateLimit),
      pausedUntil: () => undefined,
    };
    const runtime = createRuntime({
      pace: { x: true },
      pacer: queuing,
      retry: { maxDelayMs: 1000 },
      ...hooks,
    });
    const { send, sent } = answers(classify({ status: 200, body: { data: {} } }));
    const error: unknown = await runWithRetry(runtime, request, send).catch((reason: unknown) => reason);
    expect(sent()).toBe(0);
    expect(isXApiError(error) && [error.kind, error.attempts, error.retryAfterMs]).toEqual([
      'rate-limited',
      0,
      800,
    ]);
    expect(events.error.at(-1)?.reason).toBe('exceeds-max-delay');

    // The same 800 ms met without queueing first is waited for.
    const direct: Pacer = {
      ...queuing,
      acquire: (key, signal, refuse) => {
        const refusal = refuse?.(800);
        if (refusal !== undefined) throw refusal;
        return pacer.acquire(key, signal);
      },
    };
    const allowed = createRuntime({ pace: { x: true }, pacer: direct, retry: { maxDelayMs: 1000 } });
    expect((await runWithRetry(allowed, request, send)).classification.ok).toBe(true);
  });

  test('a 503 that also reports the window spent past maxDelayMs is given up at once: no onRetry, no budget spent', async () => {
    const budget = createRetryBudget();
    const retries: unknown[] = [];
    const runtime = createRuntime({
      pace: { x: true },
      budget,
      retry: { maxDelayMs: 1000 },
      onRetry: (event) => retries.push(event),
      ...hooks,
    });
    const reset = String(Math.floor(Date.now() / 1000) + 120);
    const headers = {
      'x-rate-limit-limit': '15',
      'x-rate-limit-remaining': '0',
      'x-rate-limit-reset': reset,
    };
    const { send, sent } = answers(classify({ status: 503, headers, dialect: 'v2', method: 'GET' }));
    const outcome = await runWithRetry(runtime, request, send);
    expect(sent()).toBe(1);
    expect(outcome.decision.reason).toBe('exceeds-max-delay');
    expect(retries).toEqual([]);
    expect(budget.available).toBe(100);
    expect(events.error.at(-1)?.reason).toBe('exceeds-max-delay');
  });

  test('a hold within the limits is waited out, then the request is sent', async () => {
    const runtime = createRuntime({ pace: { x: true }, retry: { maxDelayMs: 5000 } });
    runtime.pacer.observe(paceKey(request, 'v2') as string, spentFor(150));
    const { send, sent } = answers(classify({ status: 200, body: { data: {} } }));
    const started = Date.now();
    const outcome = await runWithRetry(runtime, request, send);
    expect(outcome.classification.ok).toBe(true);
    expect(sent()).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});

test('an already aborted call to a spent X window rejects with its own reason, and onError stays silent', async () => {
  const errors: ErrorEvent[] = [];
  const runtime = createRuntime({ pace: { x: true }, onError: (event) => errors.push(event) });
  const spent = {
    'x-rate-limit-limit': '75',
    'x-rate-limit-remaining': '0',
    'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 600),
  };
  await runWithRetry(
    runtime,
    request,
    answers(classify({ status: 200, headers: spent, body: { data: {} } })).send,
  );
  const controller = new AbortController();
  const reason = new Error('caller gave up');
  controller.abort(reason);

  const { send, sent } = answers(classify({ status: 200, body: { data: {} } }));
  const outcome = await runWithRetry(runtime, { ...request, signal: controller.signal }, send).catch(
    (error: unknown) => error,
  );

  expect(outcome).toBe(reason);
  expect(errors).toEqual([]);
  expect(sent()).toBe(0);
});
