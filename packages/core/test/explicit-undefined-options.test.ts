import { expect, test } from 'vitest';
import {
  classify,
  createPacer,
  createRetryBudget,
  createRuntime,
  describe,
  describeWait,
  retryDecision,
  XApiError,
} from '../src/index.ts';

// Under `exactOptionalPropertyTypes`, an option passed as `undefined` (a value read from a config
// that may lack it) must compile and mean the same as leaving the option out.
const unset = (): undefined => undefined;

test('every option given as undefined behaves as if absent', () => {
  const runtime = createRuntime({
    retry: unset(),
    budget: unset(),
    pace: unset(),
    pacer: unset(),
    partialErrors: unset(),
    dialect: unset(),
    onRetry: unset(),
    onRateLimit: unset(),
    onError: unset(),
  });
  expect(runtime.retry).toEqual({});

  const budget = createRetryBudget({
    capacity: unset(),
    retryCost: unset(),
    timeoutCost: unset(),
    successRefund: unset(),
  });
  expect(budget.available).toBe(createRetryBudget().available);
  expect(
    createPacer({ perWindow: unset(), windowMs: unset(), marginMs: unset(), now: unset() }),
  ).toBeDefined();

  const input = {
    status: 429,
    headers: unset(),
    method: unset(),
    url: unset(),
    dialect: unset(),
    now: unset(),
  };
  const c = classify({ ...input, secrets: unset() });
  expect(c).toEqual(classify({ status: 429 }));
  const decision = retryDecision(c, {
    attempt: 1,
    limit: unset(),
    maxDelayMs: unset(),
    maxTotalMs: unset(),
    baseDelayMs: unset(),
    capDelayMs: unset(),
    random: () => 0.5,
    method: unset(),
    elapsedMs: unset(),
  });
  expect(decision).toEqual(retryDecision(c, { attempt: 1, random: () => 0.5 }));

  expect(describe(c, { locale: unset() })).toEqual(describe(c));
  expect(describeWait(c, { locale: unset() })).toEqual(describeWait(c));
  const error = new XApiError(c, {
    request: { method: unset(), url: unset() },
    attempts: unset(),
    cause: unset(),
  });
  expect([error.request, error.attempts]).toEqual([undefined, undefined]);
});
