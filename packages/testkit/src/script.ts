import { validateHeaderName, validateHeaderValue } from 'node:http';
import type { EntryId } from '@xapi-errors/core';
import { type BreakOff, breakOffs } from './break-off.ts';
import { type FaultName, isFaultName } from './faults.ts';
import { type Answer, bodiless, mergeHeaders, requireEntry } from './respond.ts';
import { parseRoute, type Route, routeMatches } from './route.ts';

/** A response spelled out in full, for cases the catalogue does not cover. */
export interface CustomResponse {
  /** A final HTTP status, 200 to 599 (a 1xx would leave the client waiting). */
  readonly status: number;
  /**
   * Names are matched in any letter case, and the step's value wins over the simulator's own
   * (`content-type`, `date`); a `content-type` of JSON is added when `body` is neither a string nor
   * bytes. `content-length` is always set to the exact byte length of the body. Values must be
   * strings HTTP can carry (Latin-1, no line breaks), or `script()` throws.
   */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * A string is sent as UTF-8; a `Uint8Array` (a `Buffer` too) byte for byte, so it may hold
   * invalid UTF-8 or compressed data; anything else is sent as JSON. Empty when absent.
   */
  readonly body?: unknown;
  /**
   * Send the status, the headers (with the full `content-length`) and half the body, then close
   * the connection cleanly (`'close'`, a FIN) or reset it (`'reset'`). The whole body is sent when
   * absent. Needs a non-empty body and a status that carries one.
   */
  readonly breakOff?: BreakOff;
}

/**
 * One scripted answer: a catalogue entry id (its example is served), `'ok'` (the route's normal
 * success), `'partial'` (a v2 route's success with partial errors: one resource found, one not),
 * a fault, or a custom response.
 */
export type ScriptStep = EntryId | 'ok' | 'partial' | FaultName | CustomResponse;

/** The answer a custom step describes. */
export function customAnswer(step: CustomResponse): Answer {
  if (typeof step.body === 'string' || step.body instanceof Uint8Array || step.body === undefined) {
    return { status: step.status, headers: { ...step.headers }, body: step.body ?? '' };
  }
  return {
    status: step.status,
    headers: mergeHeaders({ 'content-type': 'application/json; charset=utf-8' }, step.headers ?? {}),
    body: JSON.stringify(step.body),
  };
}

/**
 * Node refuses to write a header it cannot send (an `undefined` value, a line break, a character
 * beyond Latin-1, a space in the name), which would turn the scripted answer into a 500 at request
 * time; checking here makes the mistake fail at the `script()` call that made it.
 */
function checkHeaders(headers: unknown): void {
  if (headers === undefined) return;
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new TypeError(
      `xapi-sim: a custom step's headers must be an object, got ${JSON.stringify(headers)}`,
    );
  }
  for (const [name, value] of Object.entries(headers)) {
    try {
      validateHeaderName(name);
    } catch {
      throw new TypeError(`xapi-sim: a custom step has an invalid header name ${JSON.stringify(name)}`);
    }
    try {
      if (typeof value !== 'string') throw new TypeError('not a string');
      validateHeaderValue(name, value);
    } catch {
      throw new TypeError(
        `xapi-sim: header ${JSON.stringify(name)} of a custom step needs a string value HTTP can carry (Latin-1, no line breaks), got ${JSON.stringify(value) ?? String(value)}`,
      );
    }
  }
}

function checkBreakOff(step: CustomResponse): void {
  if (!breakOffs.includes(step.breakOff as BreakOff)) {
    throw new RangeError(
      `xapi-sim: breakOff must be 'close' or 'reset', got ${JSON.stringify(step.breakOff)}`,
    );
  }
  // Without body bytes to withhold, the response would arrive complete and nothing would break off.
  const bytes = Buffer.byteLength(customAnswer(step).body);
  if (bodiless.has(step.status) || bytes === 0) {
    throw new RangeError(
      `xapi-sim: breakOff needs a non-empty body and a status with a body, got ${step.status}, ${bytes} bytes`,
    );
  }
}

function checkStep(step: ScriptStep, route: Route): void {
  if (typeof step === 'object') {
    // A 1xx is an interim response: the client keeps waiting for a final one that never comes.
    if (!Number.isInteger(step.status) || step.status < 200 || step.status > 599) {
      throw new RangeError(
        `xapi-sim: a custom step needs a final HTTP status from 200 to 599, got ${JSON.stringify(step.status)}`,
      );
    }
    checkHeaders(step.headers);
    if (step.breakOff !== undefined) checkBreakOff(step);
    return;
  }
  if (step === 'ok' || isFaultName(step)) return;
  if (step === 'partial') {
    if (!route.path.startsWith('/2/')) {
      throw new RangeError(`xapi-sim: 'partial' is an X API v2 answer, not one for ${route.path}`);
    }
    return;
  }
  requireEntry(step);
}

/** Per-route queues of scripted answers, consumed in order by matching requests. */
export class ScriptQueues {
  readonly #queues: { readonly route: Route; readonly steps: ScriptStep[] }[] = [];

  /**
   * Appends `steps` to the queue of `route` (`'METHOD /path'`, query ignored, `:name` segments match
   * any segment). Throws at once on a malformed route, an id the catalogue does not have, or a
   * custom step with a bad status (outside 200–599), a header HTTP cannot carry or a `breakOff` it
   * cannot apply.
   */
  add(route: string, steps: readonly ScriptStep[]): void {
    const parsed = parseRoute(route);
    for (const step of steps) checkStep(step, parsed);
    const existing = this.#queues.find(
      (queue) => queue.route.method === parsed.method && queue.route.path === parsed.path,
    );
    if (existing) existing.steps.push(...steps);
    else this.#queues.push({ route: parsed, steps: [...steps] });
  }

  /** Takes the next scripted step for a request, if any route's queue matches it. */
  take(method: string, path: string): ScriptStep | undefined {
    const exact = this.#queues.find(
      (queue) => queue.steps.length > 0 && queue.route.method === method && queue.route.path === path,
    );
    const queue =
      exact ??
      this.#queues.find(
        (candidate) => candidate.steps.length > 0 && routeMatches(candidate.route, method, path),
      );
    return queue?.steps.shift();
  }

  /** Forgets every queued step. */
  clear(): void {
    this.#queues.length = 0;
  }
}
