import { BufferedResponse } from './buffered-response.ts';
import { createStamp } from './stamp.ts';

/**
 * What an adapter remembers per `Response` (its classification, or more), kept on the response
 * itself so a dropped response takes it along, and carried onto clones so `getClassification` also works on
 * the copies callers, caches and ky's `afterResponse` hooks make.
 */
export interface ResponseStore<T> {
  /** Remembers `value` for a response whose clones record it themselves (a `BufferedResponse`). */
  keep(response: Response, value: T): void;
  /**
   * Makes room for a value on a response still in its original shape, so a later `keep` is a plain
   * write; `get` answers `undefined` until then. `handOut` does this for the store it is given.
   */
  reserve(response: Response): void;
  /** Remembers `value` for a response handed out as it came; its clones carry `value` too. */
  record(response: Response, value: T): void;
  /**
   * Remembers a value made by `make` only when `get` first asks for it, for any response: a plain
   * success's classification, which most callers never ask for. The response and its clones share
   * the one value.
   */
  defer(response: Response, make: () => T): void;
  /** What was remembered for `response`, if anything. */
  get(response: Response): T | undefined;
  /** A `BufferedResponse` clone hook: the copy carries the original's value. */
  carry(copy: Response, original: Response): void;
}

/** A value made on first use, once, for a response and all its clones. */
class Deferred<T> {
  #make: (() => T) | undefined;
  #value: T | undefined;

  constructor(make: () => T) {
    this.#make = make;
  }

  get value(): T {
    if (this.#make !== undefined) {
      this.#value = this.#make();
      this.#make = undefined;
    }
    return this.#value as T;
  }
}

/** Creates one store; each adapter keeps its own. */
export function createResponseStore<T>(): ResponseStore<T> {
  const values = createStamp<T | Deferred<T>>();
  const record = (response: Response, value: T | Deferred<T>): void => {
    values.set(response, value);
    const clone = response.clone.bind(response);
    Object.defineProperty(response, 'clone', {
      configurable: true,
      writable: true,
      value: (): Response => {
        const copy = clone();
        record(copy, value);
        return copy;
      },
    });
  };
  const remember = (response: Response, value: T | Deferred<T>): void => {
    if (response instanceof BufferedResponse) values.set(response, value);
    else record(response, value);
  };
  return {
    keep: (response, value) => {
      values.set(response, value);
    },
    reserve: (response) => {
      if (values.get(response) === undefined) values.set(response, undefined as T);
    },
    record,
    defer: (response, make) => {
      remember(response, new Deferred(make));
    },
    get: (response) => {
      const value = values.get(response);
      return value instanceof Deferred ? value.value : value;
    },
    carry: (copy, original) => {
      const value = values.get(original);
      if (value !== undefined) remember(copy, value);
    },
  };
}
