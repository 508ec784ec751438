import { Duration, Option, Redacted } from 'effect';

/** A value's type, for an error message: a credential given the wrong way must not be printed. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The duration a `timeout` option means, or `undefined` when it is not one (`NaN`, `{}`, `'bogus'`). */
function durationOf(timeout: unknown): Duration.Duration | undefined {
  if (typeof timeout === 'number' && Number.isNaN(timeout)) return undefined;
  if (
    typeof timeout === 'object' &&
    timeout !== null &&
    !Duration.isDuration(timeout) &&
    !Array.isArray(timeout)
  )
    return undefined;
  return Option.getOrUndefined(Duration.fromInput(timeout as Duration.Input));
}

/** `value` of option `name` must be a positive duration (or, with `orFalse`, `false`). */
function checkDuration(name: string, value: unknown, orFalse = ''): void {
  const duration = durationOf(value);
  if (duration === undefined)
    throw new TypeError(
      `${name} must be a duration ('5 seconds', 5000, Duration.seconds(5))${orFalse}, got ${typeof value === 'number' ? 'NaN' : typeOf(value)}`,
    );
  if (!Duration.isPositive(duration))
    throw new RangeError(`${name} must be a positive duration, got ${Duration.toMillis(duration)} ms`);
}

/**
 * `baseUrl` must be an absolute `http:` or `https:` URL: anything else builds requests that fetch
 * cannot send. The string is not quoted, since it may be a token given in the wrong option.
 */
function checkBaseUrl(baseUrl: unknown): void {
  if (typeof baseUrl !== 'string') throw new TypeError(`baseUrl must be a string, got ${typeOf(baseUrl)}`);
  const wanted = "baseUrl must be an absolute http: or https: URL, such as 'https://api.x.com'";
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new RangeError(`${wanted}, got a string that is not an absolute URL`);
  }
  const { protocol } = url;
  if (protocol === 'http:' || protocol === 'https:') {
    // fetch refuses every request to such a URL: found now, not as the defect of every call.
    if (url.username === '' && url.password === '') return;
    throw new RangeError('baseUrl must not hold credentials (user:password@): fetch refuses such URLs');
  }
  // `key:secret` parses too, its key as the scheme: a scheme is named only when `//` follows it.
  const named = baseUrl.startsWith(`${protocol}//`) ? `the scheme ${protocol}` : 'another scheme';
  throw new RangeError(`${wanted}, got ${named}`);
}

/**
 * The client pays every success into `budget`, so it must be a budget itself: the other adapters
 * also take its options or `false`, which here would build a client whose every success dies.
 */
function checkBudget(budget: unknown): void {
  const methods = budget as { tryAcquire?: unknown; recordSuccess?: unknown } | null;
  const isBudget =
    typeof budget === 'object' &&
    typeof methods?.tryAcquire === 'function' &&
    typeof methods.recordSuccess === 'function';
  if (isBudget) return;
  throw new TypeError(
    `budget must be a retry budget (createRetryBudget(…) from @xapi-errors/core), got ${typeOf(budget)}`,
  );
}

/**
 * Checks the options only the Effect client has (`baseUrl`, `timeout`, `stallTimeout`,
 * `bearerToken`, `apiKey`, and `budget`, which only here must be a budget and not its options),
 * so a wrong one is found when the client is made, not as a failure of every call. Messages name
 * the option and the type given, never a token's value.
 *
 * @throws {TypeError} An option has the wrong type (a token given as a plain string, budget options
 * instead of a budget, say).
 * @throws {RangeError} `timeout` or `stallTimeout` is not a positive duration, or `baseUrl` holds
 * `user:password@` or is not an absolute
 * `http:` or `https:` URL.
 */
export function checkClientOptions(options: {
  readonly baseUrl?: unknown;
  readonly timeout?: unknown;
  readonly bearerToken?: unknown;
  readonly apiKey?: unknown;
  readonly budget?: unknown;
  readonly stallTimeout?: unknown;
}): void {
  const { baseUrl, timeout, bearerToken, apiKey, budget, stallTimeout } = options;
  if (stallTimeout !== undefined && stallTimeout !== false)
    checkDuration('stallTimeout', stallTimeout, ' or false');
  if (budget !== undefined) checkBudget(budget);
  if (baseUrl !== undefined) checkBaseUrl(baseUrl);
  if (timeout !== undefined) checkDuration('timeout', timeout);
  for (const [name, value] of [
    ['bearerToken', bearerToken],
    ['apiKey', apiKey],
  ] as const) {
    if (value !== undefined && !Redacted.isRedacted(value))
      throw new TypeError(`${name} must be a Redacted (Redacted.make(…)), got ${typeOf(value)}`);
  }
}
