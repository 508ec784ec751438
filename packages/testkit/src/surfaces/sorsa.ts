import type { Exchange, SimState } from '../exchange.ts';
import { entryAnswer, jsonAnswer, type Reply, sending } from '../respond.ts';
import { successAnswer } from '../success.ts';

/** Sorsa reports a key's quota here without billing the call. */
const usagePath = '/v3/key-usage-info';

/** Decides a request on `/v3` as Sorsa does: key gate, quota, per-second limit, then bare JSON. */
export function decideSorsa(exchange: Exchange, state: SimState): Reply {
  const { res, path, now } = exchange;
  const key = exchange.headers['apikey'];
  const isUsage = path === usagePath;
  const verdict = state.sorsa.admit(key, now, !isUsage);
  if (verdict.refuse) return sending(res, entryAnswer(verdict.refuse, now, state.aheadMs), now);
  if (isUsage && key !== undefined) {
    const { quota, used, validUntil } = state.sorsa.usage(key);
    const body = {
      key_requests: quota,
      remaining_requests: quota === null ? null : Math.max(0, quota - used),
      total_requests: used,
      valid_until: new Date(validUntil).toISOString(),
    };
    return sending(res, jsonAnswer(200, body, { 'content-type': 'application/json' }), now);
  }
  return sending(res, successAnswer(exchange, state), now);
}
