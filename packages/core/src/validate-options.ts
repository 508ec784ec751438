import type { RetryBudget, RetryBudgetOptions } from './budget.ts';
import type { PaceOptions, XApiOptions } from './client-options.ts';
import type { Dialect } from './kinds.ts';
import type { Pacer, PacerOptions } from './pacer.ts';
import type { RetryOptions } from './retry-policy.ts';

/**
 * setTimeout's longest delay (2³¹ − 1 ms, about 24.8 days). Node fires a longer one after 1 ms, so
 * a duration that can reach a timer must stay below it, or a wait becomes a busy loop.
 */
const maxTimerMs = 2_147_483_647;

/**
 * What one option must be. A value of the wrong type is a `TypeError`; one of the right type that
 * is out of range (`NaN`, negative, not in the enum) a `RangeError`.
 */
interface Rule {
  /** Says what is wanted, after "must be". */
  readonly wanted: string;
  readonly hasType: (value: unknown) => boolean;
  readonly fits: (value: unknown) => boolean;
}

/** One rule per key of `T`, so an option added to the type without a rule does not compile. */
type Rules<T> = { readonly [K in keyof T]-?: Rule };

const number = (wanted: string, fits: (value: number) => boolean): Rule => ({
  wanted,
  hasType: (value) => typeof value === 'number',
  fits: (value) => fits(value as number),
});

/** `Record<T, true>` rather than a list, so a member added to `T` without one does not compile. */
const oneOf = <T extends string>(members: Record<T, true>): Rule => {
  const allowed: readonly string[] = Object.keys(members);
  return {
    wanted: allowed.map((member) => `'${member}'`).join(' or '),
    hasType: (value) => typeof value === 'string',
    fits: (value) => allowed.includes(value as string),
  };
};

const func: Rule = {
  wanted: 'a function',
  hasType: (value) => typeof value === 'function',
  fits: () => true,
};
const flag: Rule = { wanted: 'a boolean', hasType: (value) => typeof value === 'boolean', fits: () => true };

// `NaN` fails every comparison, which is how it used to switch limits off; each range below is
// written so that `NaN` fails it.
// The rule makers are marked pure so that a bundle of `classify` alone, which never checks
// options, drops them (it must stay within 12 kB min+gzip).
const count = /* @__PURE__ */ number('a non-negative integer', (n) => Number.isInteger(n) && n >= 0);
const finite = /* @__PURE__ */ number('a non-negative finite number', (n) => n >= 0 && Number.isFinite(n));
/** Only compared against, never waited on: `Infinity` means what leaving it out means. */
const boundMs = /* @__PURE__ */ number('a non-negative number', (n) => n >= 0);
const timerMs = /* @__PURE__ */ number(`a number from 0 to ${maxTimerMs}`, (n) => n >= 0 && n <= maxTimerMs);

const retryRules: Rules<RetryOptions> = {
  limit: count,
  // Any accepted delay is slept on.
  maxDelayMs: timerMs,
  maxTotalMs: boundMs,
  // A backoff step above `maxDelayMs` is refused, never slept on.
  baseDelayMs: finite,
  capDelayMs: finite,
  random: func,
};

const budgetRules: Rules<RetryBudgetOptions> = {
  // `NaN` tokens never run out, a negative cost adds tokens.
  capacity: finite,
  retryCost: finite,
  timeoutCost: finite,
  successRefund: finite,
};

const pacerRules: Rules<PacerOptions> = {
  // 0 per window holds every request forever.
  perWindow: /* @__PURE__ */ number('an integer of at least 1', (n) => Number.isInteger(n) && n >= 1),
  windowMs: /* @__PURE__ */ number(`a number above 0, up to ${maxTimerMs}`, (n) => n > 0 && n <= maxTimerMs),
  // Both extend how long a full window makes a request wait.
  marginMs: timerMs,
  pendingTimeoutMs: timerMs,
  firstAnswerMs: timerMs,
  now: func,
};

const paceRules: Rules<PaceOptions> = { sorsa: flag, x: flag };

const topRules: Rules<Omit<XApiOptions, 'retry' | 'budget' | 'pace' | 'pacer'>> = {
  partialErrors: /* @__PURE__ */ oneOf<NonNullable<XApiOptions['partialErrors']>>({
    resolve: true,
    reject: true,
  }),
  dialect: /* @__PURE__ */ oneOf<Dialect>({ 'v1.1': true, v2: true, sorsa: true }),
  onRetry: func,
  onRateLimit: func,
  onError: func,
};

/** Names a bad value without echoing text: numbers and booleans as they are, anything else by type. */
function shown(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the known keys of `record` only: adapters may add options of their own. */
function checkFields<T>(record: Record<string, unknown>, rules: Rules<T>, prefix: string): void {
  for (const [key, rule] of Object.entries<Rule>(rules)) {
    const value = record[key];
    if (value === undefined) continue;
    const problem = `${prefix}${key} must be ${rule.wanted}, got ${shown(value)}`;
    if (!rule.hasType(value)) throw new TypeError(problem);
    if (!rule.fits(value)) throw new RangeError(problem);
  }
}

/** Checks an options object under `path`; `undefined` means the defaults. */
function checkSection<T>(value: unknown, rules: Rules<T>, path: string, wanted: string): void {
  if (value === undefined) return;
  if (!isRecord(value)) throw new TypeError(`${path} must be ${wanted}, got ${shown(value)}`);
  checkFields(value, rules, `${path}.`);
}

/** Whether `value` is a retry budget instance (taken as it is) rather than its options. */
export function isBudget(value: object): value is RetryBudget {
  return typeof (value as RetryBudget).tryAcquire === 'function';
}

/** Whether `value` is a pacer instance (taken as it is) rather than its options. */
export function isPacer(value: object): value is Pacer {
  return typeof (value as Pacer).acquire === 'function';
}

/**
 * Throws if `options` are not `createPacer` options: a `TypeError` for a value of the wrong type,
 * a `RangeError` for one out of range (`perWindow: 0` would hold every request forever). Messages
 * name the option as `pacer.<name>`.
 */
export function checkPacerOptions(options: unknown): void {
  checkSection(options, pacerRules, 'pacer', 'a pacer or its options');
  if (options === undefined) return;
  const { windowMs = 1000, marginMs = 25 } = options as PacerOptions;
  // Each is a valid delay alone; a full window waits for their sum.
  if (windowMs + marginMs > maxTimerMs) {
    throw new RangeError(
      `pacer.windowMs + pacer.marginMs must be at most ${maxTimerMs}, got ${windowMs + marginMs}`,
    );
  }
}

/**
 * Throws if `options` are not `createRetryBudget` options: a `TypeError` for a value of the wrong
 * type, a `RangeError` for one out of range (`NaN` tokens never run out). Messages name the option
 * as `budget.<name>`; `wanted` says what `budget` itself may be, where it is not an object.
 */
export function checkBudgetOptions(options: unknown, wanted = 'an options object'): void {
  checkSection(options, budgetRules, 'budget', wanted);
}

/**
 * Throws if `options` are not valid `XApiOptions`, so a bad value fails when an adapter is created
 * instead of retrying forever or hanging a request: a `TypeError` for a value of the wrong type, a
 * `RangeError` for one out of range. The message names the option path and the value's number or
 * type, never its text. Budget and pacer instances are taken as they are.
 */
export function validateXApiOptions(options: unknown): asserts options is XApiOptions {
  if (!isRecord(options)) throw new TypeError(`options must be an object, got ${shown(options)}`);
  checkFields(options, topRules, '');
  const { retry, budget, pace, pacer } = options;
  if (retry !== false) checkSection(retry, retryRules, 'retry', 'an object or false');
  if (budget !== false && !(isRecord(budget) && isBudget(budget)))
    checkBudgetOptions(budget, 'a retry budget, its options or false');
  if (pace !== false) checkSection(pace, paceRules, 'pace', 'an object or false');
  if (!(isRecord(pacer) && isPacer(pacer))) checkPacerOptions(pacer);
}
