import { describe, expect, test } from 'vitest';
import {
  createPaceBook,
  createPacer,
  createRetryBudget,
  createRuntime,
  retryDefaults,
  type XApiOptions,
} from '../src/index.ts';

/** Options as a JavaScript caller (or a cast) may pass them, past what the types allow. */
const loose = (options: Record<string, unknown>) => () => createRuntime(options as XApiOptions);

describe('createRuntime rejects bad options at construction', () => {
  test.each([
    [{ retry: { limit: Number.NaN } }, 'retry.limit must be a non-negative integer, got NaN'],
    [{ retry: { limit: -1 } }, 'retry.limit must be a non-negative integer, got -1'],
    [{ retry: { limit: 1.5 } }, 'retry.limit must be a non-negative integer, got 1.5'],
    [
      { retry: { limit: Number.POSITIVE_INFINITY } },
      'retry.limit must be a non-negative integer, got Infinity',
    ],
    [
      { retry: { maxDelayMs: Number.POSITIVE_INFINITY } },
      'retry.maxDelayMs must be a number from 0 to 2147483647, got Infinity',
    ],
    [
      { retry: { maxDelayMs: 2 ** 31 } },
      'retry.maxDelayMs must be a number from 0 to 2147483647, got 2147483648',
    ],
    [{ retry: { maxTotalMs: Number.NaN } }, 'retry.maxTotalMs must be a non-negative number, got NaN'],
    [{ retry: { maxTotalMs: -1 } }, 'retry.maxTotalMs must be a non-negative number, got -1'],
    [
      { retry: { baseDelayMs: Number.NaN } },
      'retry.baseDelayMs must be a non-negative finite number, got NaN',
    ],
    [{ retry: { capDelayMs: -5 } }, 'retry.capDelayMs must be a non-negative finite number, got -5'],
    [{ budget: { capacity: Number.NaN } }, 'budget.capacity must be a non-negative finite number, got NaN'],
    [{ budget: { retryCost: -5 } }, 'budget.retryCost must be a non-negative finite number, got -5'],
    [
      { budget: { capacity: Number.POSITIVE_INFINITY } },
      'budget.capacity must be a non-negative finite number, got Infinity',
    ],
    [{ pacer: { perWindow: 0 } }, 'pacer.perWindow must be an integer of at least 1, got 0'],
    [{ pacer: { perWindow: 2.5 } }, 'pacer.perWindow must be an integer of at least 1, got 2.5'],
    [{ pacer: { windowMs: 0 } }, 'pacer.windowMs must be a number above 0, up to 2147483647, got 0'],
    [
      { pacer: { windowMs: Number.POSITIVE_INFINITY } },
      'pacer.windowMs must be a number above 0, up to 2147483647, got Infinity',
    ],
    [{ pacer: { marginMs: Number.NaN } }, 'pacer.marginMs must be a number from 0 to 2147483647, got NaN'],
    [
      { pacer: { pendingTimeoutMs: Number.POSITIVE_INFINITY } },
      'pacer.pendingTimeoutMs must be a number from 0 to 2147483647, got Infinity',
    ],
    [{ pacer: { firstAnswerMs: -1 } }, 'pacer.firstAnswerMs must be a number from 0 to 2147483647, got -1'],
    [{ partialErrors: 'rejct' }, "partialErrors must be 'resolve' or 'reject', got a string"],
    [{ dialect: 'V2' }, "dialect must be 'v1.1' or 'v2' or 'sorsa', got a string"],
  ])('%o → RangeError', (options, message) => {
    expect(loose(options)).toThrow(RangeError);
    expect(loose(options)).toThrow(message);
  });

  test.each([
    [{ retry: { limit: '2' } }, 'retry.limit must be a non-negative integer, got a string'],
    [{ retry: { random: 0.5 } }, 'retry.random must be a function, got 0.5'],
    [{ retry: true }, 'retry must be an object or false, got true'],
    [{ retry: null }, 'retry must be an object or false, got null'],
    [{ budget: 100 }, 'budget must be a retry budget, its options or false, got 100'],
    [{ budget: { capacity: '100' } }, 'budget.capacity must be a non-negative finite number, got a string'],
    [{ pace: true }, 'pace must be an object or false, got true'],
    [{ pace: { sorsa: 'no' } }, 'pace.sorsa must be a boolean, got a string'],
    [{ pacer: false }, 'pacer must be a pacer or its options, got false'],
    [{ pacer: [] }, 'pacer must be a pacer or its options, got an array'],
    [{ pacer: { perWindow: '20' } }, 'pacer.perWindow must be an integer of at least 1, got a string'],
    [{ pacer: { now: 0 } }, 'pacer.now must be a function, got 0'],
    [{ partialErrors: true }, "partialErrors must be 'resolve' or 'reject', got true"],
    [{ onRetry: 'log' }, 'onRetry must be a function, got a string'],
    [{ onRateLimit: {} }, 'onRateLimit must be a function, got an object'],
    [{ onError: 1 }, 'onError must be a function, got 1'],
  ])('%o → TypeError', (options, message) => {
    expect(loose(options)).toThrow(TypeError);
    expect(loose(options)).toThrow(message);
  });

  test('options that are not an object', () => {
    expect(() => createRuntime(null as unknown as XApiOptions)).toThrow(
      new TypeError('options must be an object, got null'),
    );
  });

  test('messages never echo a string value', () => {
    expect(loose({ dialect: 'CANARY-secret' })).toThrow(/got a string$/);
    expect(loose({ dialect: 'CANARY-secret' })).not.toThrow(/CANARY/);
  });
});

describe('createRuntime accepts valid options', () => {
  test.each<[string, XApiOptions]>([
    ['nothing', {}],
    [
      'every documented default',
      {
        retry: { ...retryDefaults },
        budget: { capacity: 100, retryCost: 5, timeoutCost: 10, successRefund: 1 },
        pace: { sorsa: true, x: false },
        pacer: { perWindow: 20, windowMs: 1000, marginMs: 25, pendingTimeoutMs: 30_000 },
        partialErrors: 'resolve',
      },
    ],
    ['everything off', { retry: false, budget: false, pace: false }],
    ['zero retries and zero waits', { retry: { limit: 0, maxDelayMs: 0, maxTotalMs: 0, baseDelayMs: 0 } }],
    ['no total limit spelled as Infinity', { retry: { maxTotalMs: Number.POSITIVE_INFINITY } }],
    ['the longest timer', { retry: { maxDelayMs: 2_147_483_647 } }],
    ['a 24-hour window', { pacer: { perWindow: 1, windowMs: 86_400_000, marginMs: 0 } }],
    ['instances', { budget: createRetryBudget(), pacer: createPacer() }],
    ['every dialect', { dialect: 'v1.1' }],
    ['v2', { dialect: 'v2', partialErrors: 'reject' }],
    ['sorsa', { dialect: 'sorsa' }],
    [
      'hooks and test seams',
      {
        retry: { random: () => 0 },
        pacer: { now: () => 0 },
        onRetry: () => undefined,
        onRateLimit: () => undefined,
        onError: () => undefined,
      },
    ],
  ])('%s', (_, options) => {
    expect(() => createRuntime(options)).not.toThrow();
  });

  test('instances are taken as they are, not checked as options', () => {
    const budget = { available: Number.NaN, tryAcquire: () => undefined, recordSuccess: () => undefined };
    const pacer = { ...createPacer(), perWindow: 0 };
    const runtime = createRuntime({ budget, pacer });
    expect(runtime.budget).toBe(budget);
    expect(runtime.pacer).toBe(pacer);
  });

  test('undefined means the default, as when left out', () => {
    expect(
      loose({ retry: undefined, budget: undefined, pacer: undefined, dialect: undefined }),
    ).not.toThrow();
  });

  test('options an adapter adds of its own are left alone', () => {
    expect(loose({ timeout: 'soon' })).not.toThrow();
  });

  test('createRuntime() without arguments', () => {
    expect(() => createRuntime()).not.toThrow();
  });
});

describe('createPacer checks its own options', () => {
  test('perWindow: 0 throws instead of holding every request forever', () => {
    expect(() => createPacer({ perWindow: 0 })).toThrow(
      new RangeError('pacer.perWindow must be an integer of at least 1, got 0'),
    );
  });

  test('NaN windowMs throws', () => {
    expect(() => createPacer({ windowMs: Number.NaN })).toThrow(RangeError);
  });

  test('defaults and documented settings do not throw', () => {
    expect(() => createPacer()).not.toThrow();
    expect(() =>
      createPacer({ perWindow: 20, windowMs: 1000, marginMs: 25, pendingTimeoutMs: 30_000 }),
    ).not.toThrow();
  });
});

describe('the building blocks check their options when called directly', () => {
  test('createRetryBudget: NaN capacity throws instead of never running out', () => {
    expect(() => createRetryBudget({ capacity: Number.NaN })).toThrow(
      new RangeError('budget.capacity must be a non-negative finite number, got NaN'),
    );
  });

  test('createRetryBudget: a negative cost throws instead of adding tokens', () => {
    expect(() => createRetryBudget({ retryCost: -5 })).toThrow(RangeError);
  });

  test('createRetryBudget: a string cost is a TypeError', () => {
    expect(() => createRetryBudget({ timeoutCost: '10' as unknown as number })).toThrow(TypeError);
  });

  test('createPaceBook: perWindow 0 throws', () => {
    expect(() => createPaceBook({ perWindow: 0 })).toThrow(RangeError);
  });

  test('windowMs and marginMs each valid, but their sum past the longest timer, throws', () => {
    const options = { windowMs: 2_147_483_000, marginMs: 1000 };
    expect(() => createPaceBook(options)).toThrow(
      new RangeError('pacer.windowMs + pacer.marginMs must be at most 2147483647, got 2147484000'),
    );
    expect(() => createPacer(options)).toThrow(RangeError);
    expect(() => createRuntime({ pacer: options })).toThrow(RangeError);
  });

  test('valid settings still work: the budget spends and refunds', () => {
    const budget = createRetryBudget({ capacity: 10, retryCost: 4 });
    expect(budget.tryAcquire('server-error')).toBe(4);
    budget.recordSuccess(4);
    expect(budget.available).toBe(10);
    expect(createPaceBook({ windowMs: 1000, marginMs: 0 }).waitMs('sorsa:k', 0)).toBe(0);
  });
});
