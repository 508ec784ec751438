import type { SimulatorOptions, UsageCapOptions } from '../options.ts';
import { parseRoute, type Route, routeMatches } from '../route.ts';
import { FixedWindow, familyHeaders } from './window.ts';

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

function checkedUsageCap(usageCap: UsageCapOptions | undefined): UsageCapOptions | undefined {
  if (usageCap?.period !== undefined && !usageCapPeriods.includes(usageCap.period)) {
    throw new RangeError(
      `xapi-sim: usageCap.period must be 'Monthly' or 'Daily', got ${JSON.stringify(usageCap.period)}`,
    );
  }
  return usageCap;
}

/**
 * X API limits: per-endpoint windows on `/2` and `/1.1`, and, on `/2` only, the 24-hour app and
 * user limits, the usage cap and pay-per-use credits. A refused request costs nothing.
 */
export class XLimits {
  readonly #routes: readonly { readonly route: Route; readonly window: FixedWindow }[];
  readonly #app: FixedWindow | undefined;
  readonly #user: FixedWindow | undefined;
  readonly #usageCap: UsageCapOptions | undefined;
  readonly #credits: number | undefined;
  #used = 0;
  #spent = 0;

  constructor(options: SimulatorOptions) {
    this.#routes = Object.entries(options.xLimits ?? {}).map(([route, { limit, windowMs }]) => ({
      route: limitedRoute(route),
      window: new FixedWindow(limit, windowMs),
    }));
    this.#app =
      options.appLimit24h && new FixedWindow(options.appLimit24h.limit, options.appLimit24h.windowMs);
    this.#user =
      options.userLimit24h && new FixedWindow(options.userLimit24h.limit, options.userLimit24h.windowMs);
    this.#usageCap = checkedUsageCap(options.usageCap);
    this.#credits = options.credits;
  }

  #windowFor(method: string, path: string): FixedWindow | undefined {
    const exact = this.#routes.find(({ route }) => route.method === method && route.path === path);
    return (exact ?? this.#routes.find(({ route }) => routeMatches(route, method, path)))?.window;
  }

  /**
   * The rate-limit headers of `method path` on `surface` at clock time `now`, without counting
   * anything: what answers that bypass the limits (scripted steps, faults) still carry.
   */
  headers(method: string, path: string, surface: 'v2' | 'v1.1', now: number): Record<string, string> {
    const window = this.#windowFor(method, path);
    const v2 = surface === 'v2';
    return {
      ...(window && familyHeaders('rate-limit', window.snapshot(now))),
      ...(v2 && this.#app && familyHeaders('app-limit-24hour', this.#app.snapshot(now))),
      ...(v2 && this.#user && familyHeaders('user-limit-24hour', this.#user.snapshot(now))),
    };
  }

  /**
   * Decides a request to `method path` on `surface` at clock time `now` without counting it, so a
   * request that is refused later (a stream connection over its limit) costs nothing. Call
   * `charge` once the request is known to succeed.
   */
  check(method: string, path: string, surface: 'v2' | 'v1.1', now: number): XVerdict {
    const window = this.#windowFor(method, path);
    const v2 = surface === 'v2';
    const headers = (): Record<string, string> => this.headers(method, path, surface, now);
    if (v2 && this.#credits !== undefined && this.#spent >= this.#credits) {
      return { refuse: 'v2/credits-depleted', headers: headers() };
    }
    if (v2 && this.#usageCap && this.#used >= this.#usageCap.limit) {
      const id = this.#usageCap.period === 'Daily' ? 'v2/usage-capped/Daily' : 'v2/usage-capped';
      return { refuse: id, headers: headers() };
    }
    if (v2 && ((this.#app && !this.#app.hasRoom(now)) || (this.#user && !this.#user.hasRoom(now)))) {
      return { refuse: 'v2/http-429', headers: headers(), dropEndpointHeaders: true };
    }
    if (window && !window.hasRoom(now)) {
      return { refuse: v2 ? 'v2/http-429' : 'v1.1/88', headers: headers() };
    }
    return { headers: headers() };
  }

  /**
   * Counts one successful request (window slot, 24-hour slots, usage cap, credit) and returns the
   * headers after it.
   */
  charge(method: string, path: string, surface: 'v2' | 'v1.1', now: number): Record<string, string> {
    this.#windowFor(method, path)?.take(now);
    if (surface === 'v2') {
      this.#app?.take(now);
      this.#user?.take(now);
      this.#used += 1;
      this.#spent += 1;
    }
    return this.headers(method, path, surface, now);
  }

  /** Decides a request like `check` and, when it passes, counts it like `charge`. */
  admit(method: string, path: string, surface: 'v2' | 'v1.1', now: number): XVerdict {
    const verdict = this.check(method, path, surface, now);
    if (verdict.refuse) return verdict;
    return { headers: this.charge(method, path, surface, now) };
  }

  /** Forgets every counted request, spent credit and cap usage. */
  reset(): void {
    for (const { window } of this.#routes) window.reset();
    this.#app?.reset();
    this.#user?.reset();
    this.#used = 0;
    this.#spent = 0;
  }
}
