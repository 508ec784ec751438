import { paceKey, splitPaceKey } from '@xapi-errors/core';
import { milliseconds, plainObject, wholeNumber } from '../checks.ts';
import type { SimulatorOptions, UsageCapOptions, WindowLimit } from '../options.ts';
import { parseRoute, pathMatches, type Route } from '../route.ts';
import { FixedWindow, familyHeaders } from './window.ts';

/** A request as the X limits read it (an `Exchange` is one). */
export interface XRequest {
  readonly method: string;
  readonly path: string;
  /** Lower-case names: `authorization` tells whose windows count the request. */
  readonly headers: Readonly<Record<string, string>>;
  /** Clock time the request arrived. */
  readonly now: number;
}

/**
 * Which endpoint a request is, and whose windows it counts against, as core's pacer keys X: the
 * endpoint with ids folded, and a fingerprint of the token (bearer, or OAuth 1.0a's `oauth_token`;
 * `''` without `Authorization`). The simulator asks core, so the two agree on who shares a window.
 */
function keyOf(request: XRequest, surface: 'v2' | 'v1.1'): { endpoint: string; credential: string } {
  return splitPaceKey(
    paceKey({ url: request.path, method: request.method, headers: request.headers }, surface) ?? '',
  );
}

/** One window per key (a credential, an endpoint), each opened on first use with the same limit. */
class KeyedWindows {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #windows = new Map<string, FixedWindow>();

  constructor(window: FixedWindow) {
    this.#limit = window.limit;
    this.#windowMs = window.windowMs;
  }

  of(key: string): FixedWindow {
    let window = this.#windows.get(key);
    if (window === undefined) {
      window = new FixedWindow(this.#limit, this.#windowMs);
      this.#windows.set(key, window);
    }
    return window;
  }

  reset(): void {
    this.#windows.clear();
  }
}

/** What the X limits decide for one request. */
export interface XVerdict {
  /** The catalogue entry to answer with when the request is refused; absent when it may proceed. */
  readonly refuse?: string;
  /** Rate-limit headers for the answer; they replace the same headers of a served example. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * The example's `x-rate-limit-*` headers describe the wrong family (a 24-hour refusal) and must
   * not be sent unless `headers` has the route's own.
   */
  readonly dropEndpointHeaders?: boolean;
}

/**
 * Which cap period clock time `now` falls in: its UTC day for `Daily`, its UTC month otherwise
 * (`Monthly`, the default). X renews a cap with its billing period, which it does not report;
 * calendar periods stand in for it, so a client that waits out the period can be tested.
 */
function capPeriodOf(period: UsageCapOptions['period'], now: number): number {
  if (period === 'Daily') return Math.floor(now / 86_400_000);
  const date = new Date(now);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The usage-cap periods X reports, each with a catalogue entry of its own. */
const usageCapPeriods: readonly string[] = ['Monthly', 'Daily'];

/**
 * Parses one `xLimits` key and throws on a route the limits could never apply to: a path outside
 * `/2` and `/1.1` (a forgotten `/2` prefix, or a Sorsa path, whose limits are `sorsa.perSecond`).
 */
function limitedRoute(key: string): Route {
  const route = parseRoute(key);
  if (!(route.path.startsWith('/2/') || route.path.startsWith('/1.1/'))) {
    throw new RangeError(
      `xapi-sim: xLimits route ${JSON.stringify(key)} must be a path under /2/ or /1.1/, such as 'GET /2/users/me'`,
    );
  }
  return route;
}

/** A window of the `name` option, its numbers checked. */
function checkedWindow(name: string, window: WindowLimit): FixedWindow {
  const { limit, windowMs } = plainObject(name, window);
  return new FixedWindow(
    wholeNumber(`${name}.limit`, limit),
    milliseconds(`${name}.windowMs`, windowMs, 'above zero'),
  );
}

function checkedUsageCap(usageCap: UsageCapOptions | undefined): UsageCapOptions | undefined {
  if (usageCap !== undefined) wholeNumber('usageCap.limit', plainObject('usageCap', usageCap).limit);
  if (usageCap?.period !== undefined && !usageCapPeriods.includes(usageCap.period)) {
    throw new RangeError(
      `xapi-sim: usageCap.period must be 'Monthly' or 'Daily', got ${JSON.stringify(usageCap.period)}`,
    );
  }
  return usageCap;
}

/**
 * X API limits: per-endpoint windows on `/2` and `/1.1`, and, on `/2` only, each endpoint's
 * 24-hour app and user limits, the usage cap and pay-per-use credits. Endpoint windows and the
 * user limit are kept per credential, as X counts them; the app limit, the cap and the credits are
 * the app's. A refused request costs nothing.
 */
export class XLimits {
  readonly #routes: readonly { readonly route: Route; readonly windows: KeyedWindows }[];
  readonly #app: KeyedWindows | undefined;
  readonly #user: KeyedWindows | undefined;
  readonly #usageCap: UsageCapOptions | undefined;
  readonly #credits: number | undefined;
  #used = 0;
  /** The cap period `#used` counts in (see `capPeriodOf`). */
  #usedIn: number | undefined;
  #spent = 0;

  constructor(options: SimulatorOptions) {
    this.#routes = Object.entries(
      options.xLimits === undefined ? {} : plainObject('xLimits', options.xLimits),
    ).map(([route, limit]) => ({
      route: limitedRoute(route),
      windows: new KeyedWindows(checkedWindow(`xLimits[${JSON.stringify(route)}]`, limit)),
    }));
    this.#app = options.appLimit24h && new KeyedWindows(checkedWindow('appLimit24h', options.appLimit24h));
    this.#user =
      options.userLimit24h && new KeyedWindows(checkedWindow('userLimit24h', options.userLimit24h));
    this.#usageCap = checkedUsageCap(options.usageCap);
    this.#credits = options.credits === undefined ? undefined : wholeNumber('credits', options.credits);
  }

  /**
   * The windows of the route that `method path` belongs to: a literal route first, else the first
   * with `:name` segments that fits, where a `:name` segment only takes a segment core's pacer folds
   * into a parameter (an id, a username after `/by/username/`). So windows are the endpoints a
   * paced client counts, and `GET /2/users/:id` does not take in `/2/users/me` or `/2/users/by`.
   */
  #windowsFor(method: string, path: string, endpointKey: string): KeyedWindows | undefined {
    const exact = this.#routes.find(({ route }) => route.method === method && route.path === path);
    if (exact) return exact.windows;
    const endpoint = endpointKey.slice(endpointKey.indexOf(' ') + 1).split('/');
    const folded = (index: number): boolean => endpoint[index]?.startsWith(':') === true;
    return this.#routes.find(({ route }) => route.method === method && pathMatches(route.path, path, folded))
      ?.windows;
  }

  /**
   * The windows that count `request`: its endpoint's window for its credential, and its endpoint's
   * 24-hour limits, the app's for every credential and the user's for its own.
   */
  #windowsOf(request: XRequest, surface: 'v2' | 'v1.1') {
    const { endpoint, credential } = keyOf(request, surface);
    const v2 = surface === 'v2';
    return {
      endpoint: this.#windowsFor(request.method, request.path, endpoint)?.of(credential),
      user: v2 ? this.#user?.of(`${endpoint}#${credential}`) : undefined,
      app: v2 ? this.#app?.of(endpoint) : undefined,
    };
  }

  /**
   * The rate-limit headers of `request` on `surface`, without counting anything: what answers
   * that bypass the limits (scripted steps, faults) still carry.
   */
  headers(request: XRequest, surface: 'v2' | 'v1.1'): Record<string, string> {
    const { endpoint, user, app } = this.#windowsOf(request, surface);
    const { now } = request;
    return {
      ...(endpoint && familyHeaders('rate-limit', endpoint.snapshot(now))),
      ...(app && familyHeaders('app-limit-24hour', app.snapshot(now))),
      ...(user && familyHeaders('user-limit-24hour', user.snapshot(now))),
    };
  }

  /**
   * Decides `request` on `surface` without counting it, so a request that is refused later (a
   * stream connection over its limit) costs nothing. Call `charge` once it is known to succeed.
   */
  check(request: XRequest, surface: 'v2' | 'v1.1'): XVerdict {
    const { endpoint, user, app } = this.#windowsOf(request, surface);
    const { now } = request;
    const v2 = surface === 'v2';
    const headers = (): Record<string, string> => this.headers(request, surface);
    if (v2 && this.#credits !== undefined && this.#spent >= this.#credits) {
      return { refuse: 'v2/credits-depleted', headers: headers() };
    }
    if (v2 && this.#usageCap && this.#usedBy(now) >= this.#usageCap.limit) {
      const id = this.#usageCap.period === 'Daily' ? 'v2/usage-capped/Daily' : 'v2/usage-capped';
      return { refuse: id, headers: headers() };
    }
    if ((app && !app.hasRoom(now)) || (user && !user.hasRoom(now))) {
      return { refuse: 'v2/http-429', headers: headers(), dropEndpointHeaders: true };
    }
    if (endpoint && !endpoint.hasRoom(now)) {
      return { refuse: v2 ? 'v2/http-429' : 'v1.1/88', headers: headers() };
    }
    return { headers: headers() };
  }

  /**
   * Counts one successful request (window slot, 24-hour slots, usage cap, credit) and returns the
   * headers after it.
   */
  charge(request: XRequest, surface: 'v2' | 'v1.1'): Record<string, string> {
    const { endpoint, user, app } = this.#windowsOf(request, surface);
    endpoint?.take(request.now);
    app?.take(request.now);
    user?.take(request.now);
    if (surface === 'v2') {
      this.#used = this.#usedBy(request.now) + 1;
      this.#usedIn = capPeriodOf(this.#usageCap?.period, request.now);
      this.#spent += 1;
    }
    return this.headers(request, surface);
  }

  /** What the usage cap has counted in the period of clock time `now`: nothing once a new one began. */
  #usedBy(now: number): number {
    return this.#usedIn === capPeriodOf(this.#usageCap?.period, now) ? this.#used : 0;
  }

  /** Forgets every counted request, spent credit and cap usage. */
  reset(): void {
    for (const { windows } of this.#routes) windows.reset();
    this.#app?.reset();
    this.#user?.reset();
    this.#used = 0;
    this.#spent = 0;
  }
}
