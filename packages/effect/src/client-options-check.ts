import { Duration, Option, Redacted } from 'effect';

/** How a value is named in an error: never the value itself, which may be a credential. */
function shown(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Checks the options only the Effect client has (`baseUrl`, `timeout`, `bearerToken`, `apiKey`),
 * so a wrong one is found when the client is made, not as a failure of every call.
 *
 * @throws {TypeError} An option has the wrong type (a token given as a plain string, say).
 * @throws {RangeError} `timeout` is not a positive duration.
 */
export function checkClientOptions(options: {
  readonly baseUrl?: unknown;
  readonly timeout?: unknown;
  readonly bearerToken?: unknown;
  readonly apiKey?: unknown;
}): void {
  const { baseUrl, timeout, bearerToken, apiKey } = options;
  if (baseUrl !== undefined && typeof baseUrl !== 'string')
    throw new TypeError(`baseUrl must be a string, got ${shown(baseUrl)}`);
  if (timeout !== undefined) {
    const duration = Duration.fromInput(timeout as Duration.Input);
    if (Option.isNone(duration))
      throw new TypeError(
        `timeout must be a duration ('5 seconds', 5000, Duration.seconds(5)), got ${shown(timeout)}`,
      );
    if (!Duration.isPositive(duration.value))
      throw new RangeError(
        `timeout must be a positive duration, got ${Duration.toMillis(duration.value)} ms`,
      );
  }
  for (const [name, value] of [
    ['bearerToken', bearerToken],
    ['apiKey', apiKey],
  ] as const) {
    if (value !== undefined && !Redacted.isRedacted(value))
      throw new TypeError(`${name} must be a Redacted (Redacted.make(…)), got ${shown(value)}`);
  }
}
