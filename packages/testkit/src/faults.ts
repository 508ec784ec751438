import type { ServerResponse } from 'node:http';
import { bytesOf, leadingBytes } from './body.ts';
import { writeBrokenOff } from './break-off.ts';
import { type Answer, entryAnswer, send, wireHeaders } from './respond.ts';
import type { Surface } from './surface.ts';
import type { Timers } from './timers.ts';

/** Every fault the simulator can inject, by name. */
export const faultNames = [
  'over-capacity-503',
  'server-error-500',
  'reset',
  'reset-mid-body',
  'close-mid-body',
  'slow-body',
  'hang',
  'html-502',
  'truncated-json',
] as const;

/**
 * A failure for reliability tests:
 * - `over-capacity-503`: the surface's 503 (v2 `http-503`, v1.1 code 130, a gateway page on Sorsa);
 * - `server-error-500`: the surface's 500 (v2 `http-500`, v1.1 code 131, Sorsa `http-500`);
 * - `reset`: the connection is reset before any response byte;
 * - `reset-mid-body`: status, headers and half the body, then a reset;
 * - `close-mid-body`: status, headers and half the body, then a clean close (a FIN);
 * - `slow-body`: the normal success, its status and headers at once, then its body trickled out over
 *   `slowBodyMs`;
 * - `hang`: no answer at all until the client gives up or the simulator closes;
 * - `html-502`: a 502 HTML page, as a proxy in front of the API sends;
 * - `truncated-json`: a 200 whose JSON body is cut in half (its `content-length` matches, so only parsing fails).
 */
export type FaultName = (typeof faultNames)[number];

/**
 * The faults that damage the route's normal success: the request was acted on (a post made, a rule
 * added), only its answer is broken. Every other fault stands in for an answer the API never
 * processed, and leaves the simulator as it was.
 */
const successFaults = ['reset-mid-body', 'close-mid-body', 'slow-body', 'truncated-json'] as const;

/** A fault that damages the route's normal success. */
export type SuccessFault = (typeof successFaults)[number];

/** Whether fault `kind` damages the route's success, which must then be made (and counted) first. */
export function damagesSuccess(kind: FaultName): kind is SuccessFault {
  return (successFaults as readonly FaultName[]).includes(kind);
}

/** Whether `value` names a fault. */
export function isFaultName(value: unknown): value is FaultName {
  return (faultNames as readonly unknown[]).includes(value);
}

/** What a fault needs to know about the request it replaces. */
export interface FaultTarget {
  readonly surface: Surface | undefined;
  readonly now: number;
  /** See `SimulatorOptions.scriptedResetMs`. */
  readonly aheadMs: number;
  readonly slowBodyMs: number;
  readonly timers: Timers;
}

const statusEntries: Readonly<
  Record<'over-capacity-503' | 'server-error-500', Record<Surface, string | undefined>>
> = {
  'over-capacity-503': { v2: 'v2/http-503', 'v1.1': 'v1.1/130', sorsa: undefined },
  'server-error-500': { v2: 'v2/http-500', 'v1.1': 'v1.1/131', sorsa: 'sorsa/http-500' },
};

function htmlPage(status: number, title: string, text: string): Answer {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', server: 'gateway' },
    body: `<!DOCTYPE html>\n<html>\n<head><title>${status} ${title}</title></head>\n<body>\n<h1>${title}</h1>\n<p>${text}</p>\n</body>\n</html>\n`,
  };
}

function statusFault(kind: 'over-capacity-503' | 'server-error-500', target: FaultTarget): Answer {
  const id = statusEntries[kind][target.surface ?? 'v2'];
  if (id) return entryAnswer(id, target.now, target.aheadMs);
  return htmlPage(503, 'Service Unavailable', 'The service is temporarily overloaded. Try again shortly.');
}

function slowBody(res: ServerResponse, success: Answer, target: FaultTarget): void {
  const { now, slowBodyMs, timers } = target;
  // Cut the encoded bytes, not the text: a cut inside a surrogate pair would send two U+FFFD
  // halves, corrupting the body and sending more bytes than content-length announced.
  const bytes = bytesOf(success.body);
  const pieces = Math.max(1, Math.min(10, bytes.length));
  const size = Math.ceil(bytes.length / pieces);
  res.writeHead(success.status, wireHeaders(success, now, bytes));
  // Node holds written headers back until the first body write; send them now, so the client has
  // the status and headers at once and only the body is slow.
  res.flushHeaders();
  let sent = 0;
  let timer: NodeJS.Timeout | undefined;
  const next = (): void => {
    const piece = bytes.subarray(sent * size, (sent + 1) * size);
    sent += 1;
    if (sent >= pieces) {
      res.end(piece);
      return;
    }
    res.write(piece);
    timer = timers.after(slowBodyMs / pieces, next);
  };
  res.once('close', () => timers.cancel(timer));
  timer = timers.after(slowBodyMs / pieces, next);
}

function truncatedJson(success: Answer): Answer {
  return {
    // The route's own success status: a post's 201 stays a 201.
    status: success.status,
    headers: success.headers,
    body: leadingBytes(success.body, 0.5, 1),
  };
}

/** Answers (or deliberately fails to answer) `res` with fault `kind`, in place of any answer. */
export function writeFault(
  res: ServerResponse,
  kind: Exclude<FaultName, SuccessFault>,
  target: FaultTarget,
): void {
  switch (kind) {
    case 'over-capacity-503':
    case 'server-error-500':
      send(res, statusFault(kind, target), target.now);
      return;
    case 'reset':
      res.socket?.resetAndDestroy();
      return;
    case 'hang':
      return;
    case 'html-502':
      send(res, htmlPage(502, 'Bad Gateway', 'The upstream server sent an invalid response.'), target.now);
      return;
  }
}

/** Answers `res` with the route's `success`, damaged as fault `kind` says. */
export function writeDamagedSuccess(
  res: ServerResponse,
  kind: SuccessFault,
  success: Answer,
  target: FaultTarget,
): void {
  switch (kind) {
    case 'reset-mid-body':
      writeBrokenOff(res, success, target.now, 'reset', target.timers);
      return;
    case 'close-mid-body':
      writeBrokenOff(res, success, target.now, 'close', target.timers);
      return;
    case 'slow-body':
      slowBody(res, success, target);
      return;
    case 'truncated-json':
      send(res, truncatedJson(success), target.now);
      return;
  }
}
