import { expect, test } from 'vitest';
import { createRetryBudget } from '../src/index.ts';

test('retries spend tokens until the budget is empty', () => {
  const budget = createRetryBudget({ capacity: 20, retryCost: 5, timeoutCost: 10 });
  expect(budget.tryAcquire('unavailable')).toBe(5);
  expect(budget.tryAcquire('timeout')).toBe(10);
  expect(budget.tryAcquire('server-error')).toBe(5);
  expect(budget.available).toBe(0);
  expect(budget.tryAcquire('unavailable')).toBeUndefined();
});

test('successes refund the retry cost, or one token after a first-try success, up to capacity', () => {
  const budget = createRetryBudget({ capacity: 10, retryCost: 5 });
  budget.tryAcquire('unavailable');
  budget.tryAcquire('unavailable');
  budget.recordSuccess(5);
  expect(budget.available).toBe(5);
  budget.recordSuccess();
  expect(budget.available).toBe(6);
  for (let i = 0; i < 20; i++) budget.recordSuccess();
  expect(budget.available).toBe(10);
});
