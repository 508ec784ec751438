import type { Attempt, Classification, LoopRequest, RequestSummary } from '../../src/index.ts';

/** What `runWithRetry` is told about the request: a plain GET of X's `users/me`. */
export const summary: RequestSummary = { method: 'GET', url: 'https://api.x.com/2/users/me' };
export const request: LoopRequest = { url: summary.url, method: 'GET', summary: summary };

/** Sends that answer in turn, and how many were made. */
export interface ScriptedSends {
  readonly send: () => Promise<Attempt<number>>;
  readonly sent: () => number;
}

/** A `send` answering with `classifications` in turn (the last one for ever after), counting sends. */
export function answers(...classifications: Classification[]): ScriptedSends {
  let sent = 0;
  const send = async (): Promise<Attempt<number>> => {
    const classification = classifications[Math.min(sent, classifications.length - 1)]!;
    sent += 1;
    return { classification, result: sent };
  };
  return { send, sent: () => sent };
}
