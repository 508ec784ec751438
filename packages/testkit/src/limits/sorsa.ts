import { optionalBoolean, plainObject, wholeNumber } from '../checks.ts';
import type { SorsaKeyOptions, SorsaOptions } from '../options.ts';
import { FixedWindow } from './window.ts';

/** What the Sorsa gate decides for one request. */
export type SorsaVerdict = { readonly refuse: string } | { readonly refuse?: undefined };

/** Thirty days: how long after the simulator's start it says every key stays valid. */
const validityMs = 30 * 24 * 60 * 60 * 1000;

/** A key's quota as `/key-usage-info` reports it. */
export interface SorsaUsage {
  /** Requests allowed in total, or `null` for a key without a quota. */
  readonly quota: number | null;
  readonly used: number;
  /** When the key expires, in epoch ms: fixed at the simulator's start, so it does not move. */
  readonly validUntil: number;
}

/**
 * Sorsa's gate: the key checks (missing, deleted, unpaid) run before anything else, then the key's
 * request quota, then 20 requests per key in fixed one-second windows of the clock. A refused
 * request costs nothing: a quota refusal takes no window slot.
 */
export class SorsaLimits {
  readonly #perSecond: number;
  readonly #keys: Readonly<Record<string, SorsaKeyOptions>>;
  readonly #validUntil: number;
  readonly #windows = new Map<string, FixedWindow>();
  readonly #used = new Map<string, number>();

  /** @param startedAt clock time the simulator started; keys stay valid for 30 days from it */
  constructor(options: SorsaOptions | undefined, startedAt: number) {
    if (options !== undefined) plainObject('sorsa', options);
    this.#perSecond = wholeNumber('sorsa.perSecond', options?.perSecond ?? 20);
    this.#keys = options?.keys === undefined ? {} : plainObject('sorsa.keys', options.keys);
    // Keys are named by their place, never quoted: each name is an API key.
    for (const [index, settings] of Object.values(this.#keys).entries()) {
      const name = `sorsa.keys (key ${index + 1})`;
      const { quota, paid, deleted } = plainObject(name, settings);
      if (quota !== undefined) wholeNumber(`${name}.quota`, quota);
      optionalBoolean(`${name}.paid`, paid);
      optionalBoolean(`${name}.deleted`, deleted);
    }
    this.#validUntil = startedAt + validityMs;
  }

  #window(key: string): FixedWindow {
    let window = this.#windows.get(key);
    if (!window) {
      window = new FixedWindow(this.#perSecond, 1000);
      this.#windows.set(key, window);
    }
    return window;
  }

  /**
   * Decides a request made with `key` at clock time `now`. `countsQuota` is `false` for calls Sorsa
   * does not bill, such as `/key-usage-info`: they use up no quota, but once it is used up they are
   * refused like any other call, as the live API does.
   */
  admit(key: string | undefined, now: number, countsQuota: boolean): SorsaVerdict {
    const refused = this.keyRefusal(key);
    if (refused !== undefined || key === undefined) return { refuse: refused ?? 'sorsa/missing-key' };
    // Quota before the window: a key that can never succeed must not see 429s, which invite retries.
    if (this.#quotaSpent(key)) return { refuse: 'sorsa/credits-exhausted' };
    const window = this.#window(key);
    if (!window.hasRoom(now)) return { refuse: 'sorsa/http-429' };
    window.take(now);
    if (countsQuota) this.#used.set(key, (this.#used.get(key) ?? 0) + 1);
    return {};
  }

  /**
   * The entry Sorsa refuses `key` with before anything else, counting nothing: missing, deleted or
   * not paid for; `undefined` for a key it lets through to the quota and window checks.
   */
  keyRefusal(
    key: string | undefined,
  ): 'sorsa/missing-key' | 'sorsa/key-deleted' | 'sorsa/key-not-paid' | undefined {
    if (key === undefined || key.trim() === '') return 'sorsa/missing-key';
    const settings = this.#keys[key] ?? {};
    if (settings.deleted) return 'sorsa/key-deleted';
    if (settings.paid === false) return 'sorsa/key-not-paid';
    return undefined;
  }

  /**
   * Whether every request with `key` is refused, whatever else happens: refused as `keyRefusal`
   * says, or its quota used up. Random faults pass such a key by, so it never sees a success.
   */
  refusesAll(key: string | undefined): boolean {
    return this.keyRefusal(key) !== undefined || key === undefined || this.#quotaSpent(key);
  }

  /** Whether `key` has a quota and has used it up. */
  #quotaSpent(key: string): boolean {
    const quota = this.#keys[key]?.quota;
    return quota !== undefined && (this.#used.get(key) ?? 0) >= quota;
  }

  /** The quota, use and expiry of `key`. */
  usage(key: string): SorsaUsage {
    return {
      quota: this.#keys[key]?.quota ?? null,
      used: this.#used.get(key) ?? 0,
      validUntil: this.#validUntil,
    };
  }

  /** Forgets every counted request and used quota. */
  reset(): void {
    this.#windows.clear();
    this.#used.clear();
  }
}
