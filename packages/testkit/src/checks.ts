/** A refused value as an error message shows it: strings quoted, so `"8123"` and `8123` differ. */
export function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * `value` when it is a whole number from `min` to `max` (no upper bound when `max` is absent);
 * otherwise a RangeError naming the option. `NaN`, `Infinity`, strings (as a JSON config may hold)
 * and `undefined` are refused: each would quietly turn a limit off or make it read `NaN`.
 */
export function wholeNumber(name: string, value: unknown, min = 0, max?: number): number {
  if (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= min &&
    !(max !== undefined && value > max)
  ) {
    return value;
  }
  const range = max === undefined ? `>= ${min}` : `from ${min} to ${max}`;
  throw new RangeError(`xapi-sim: ${name} must be a whole number ${range}, got ${shown(value)}`);
}

/**
 * `value` when it is a finite number of milliseconds, above 0 or (with `zero`) 0 or more;
 * otherwise a RangeError naming the option.
 */
export function milliseconds(name: string, value: unknown, zero: 'zero allowed' | 'above zero'): number {
  const allowed = zero === 'zero allowed' ? (ms: number) => ms >= 0 : (ms: number) => ms > 0;
  if (typeof value === 'number' && Number.isFinite(value) && allowed(value)) return value;
  const range = zero === 'zero allowed' ? 'of 0 or more' : 'greater than 0';
  throw new RangeError(`xapi-sim: ${name} must be a finite number ${range}, got ${shown(value)}`);
}

/** The longest delay Node's timers honour: a longer one fires after 1 ms instead. */
export const maxTimerMs = 2_147_483_647;

/**
 * `milliseconds` for a delay the simulator waits out on a timer, which must also be at most
 * {@link maxTimerMs} (about 24.8 days): a longer latency would vanish, and a longer stream interval
 * would fire every millisecond.
 */
export function timerMilliseconds(name: string, value: unknown, zero: 'zero allowed' | 'above zero'): number {
  const ms = milliseconds(name, value, zero);
  if (ms <= maxTimerMs) return ms;
  throw new RangeError(`xapi-sim: ${name} must be at most ${maxTimerMs} ms (about 24.8 days), got ${ms}`);
}

/** `value` when it is an object (not an array or `null`); otherwise a RangeError naming the option. */
export function plainObject<T extends object>(name: string, value: T | null | undefined): T {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  throw new RangeError(
    `xapi-sim: ${name} must be an object, got ${Array.isArray(value) ? 'an array' : shown(value)}`,
  );
}

/** `value` when it is `undefined` or a boolean; otherwise a RangeError naming the option. */
export function optionalBoolean(name: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw new RangeError(`xapi-sim: ${name} must be true or false, got ${shown(value)}`);
}

/** `value` when it is `undefined` or an array of strings; otherwise a RangeError naming the option. */
export function optionalStrings(name: string, value: unknown): readonly string[] | undefined {
  if (value === undefined || (Array.isArray(value) && value.every((item) => typeof item === 'string'))) {
    return value;
  }
  throw new RangeError(`xapi-sim: ${name} must be an array of strings, got ${shown(value)}`);
}
