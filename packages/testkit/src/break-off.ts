import type { ServerResponse } from 'node:http';
import { firstHalf } from './body.ts';
import { type Answer, wireHeaders } from './respond.ts';
import type { Timers } from './timers.ts';

/**
 * How a response breaks off after half its body:
 * - `close`: the connection is closed cleanly (a FIN), as a proxy that gives up mid-response does;
 * - `reset`: the connection is reset (an RST), as a crashed peer or a middlebox does.
 */
export type BreakOff = 'close' | 'reset';

/** The break-off kinds, for validating script steps. */
export const breakOffs: readonly BreakOff[] = ['close', 'reset'];

/**
 * A short pause lets the client read the headers and the first half before the connection ends,
 * so it sees a response that stops short rather than a failed request.
 */
const pauseMs = 25;

/**
 * Writes the status, the headers (with the `content-length` of the whole body) and half the body of
 * `answer`, then ends the connection as `how` says, so the client can never read the rest.
 */
export function writeBrokenOff(
  res: ServerResponse,
  answer: Answer,
  now: number,
  how: BreakOff,
  timers: Timers,
): void {
  res.writeHead(answer.status, wireHeaders(answer, now));
  res.write(firstHalf(answer.body), () => {
    const timer = timers.after(pauseMs, () => {
      if (how === 'close') res.socket?.end();
      else res.socket?.resetAndDestroy();
    });
    res.once('close', () => timers.cancel(timer));
  });
}
