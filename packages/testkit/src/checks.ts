/** A refused value as an error message shows it: strings quoted, so `"8123"` and `8123` differ. */
function shown(value: unknown): string {
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
