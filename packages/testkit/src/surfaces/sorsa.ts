import type { Exchange, SimState } from '../exchange.ts';
import { entryAnswer, type Reply, sending } from '../respond.ts';
import { usagePath } from '../sorsa-usage.ts';
import { successAnswer } from '../success.ts';

/** Decides a request on `/v3` as Sorsa does: key gate, quota, per-second limit, then bare JSON. */
export function decideSorsa(exchange: Exchange, state: SimState): Reply {
  const { res, path, now } = exchange;
  const key = exchange.headers['apikey'];
  // Sorsa does not bill a look at the key's own usage.
  const verdict = state.sorsa.admit(key, now, path !== usagePath);
  if (verdict.refuse) return sending(res, entryAnswer(verdict.refuse, now, state.aheadMs), now);
  return sending(res, successAnswer(exchange, state), now);
}
