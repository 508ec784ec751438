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
  /** What was remembered for `response`, if anything. */
  get(response: Response): T | undefined;
  /** A `BufferedResponse` clone hook: the copy carries the original's value. */
  carry(copy: Response, original: Response): void;
}

/** Creates one store; each adapter keeps its own. */
export function createResponseStore<T>(): ResponseStore<T> {
  const values = createStamp<T>();
  const record = (response: Response, value: T): void => {
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
  return {
    keep: (response, value) => {
      values.set(response, value);
    },
    reserve: (response) => {
      if (values.get(response) === undefined) values.set(response, undefined as T);
    },
    record,
    get: (response) => values.get(response),
    carry: (copy, original) => {
      const value = values.get(original);
      if (value === undefined) return;
      if (copy instanceof BufferedResponse) values.set(copy, value);
      else record(copy, value);
    },
  };
}
