import type { Exchange, SimState } from '../exchange.ts';
import { entryAnswer, jsonAnswer, send } from '../respond.ts';
import { successAnswer } from '../success.ts';

/** Sorsa reports a key's quota here without billing the call. */
const usagePath = '/v3/key-usage-info';

/** Answers a request on `/v3` as Sorsa does: key gate, per-second limit, quota, then bare JSON. */
export function handleSorsa(exchange: Exchange, state: SimState): void {
  const { res, path, now } = exchange;
  const key = exchange.headers['apikey'];
  const isUsage = path === usagePath;
  const verdict = state.sorsa.admit(key, now, !isUsage);
  if (verdict.refuse) {
    send(res, entryAnswer(verdict.refuse, now, state.aheadMs), now);
    return;
  }
  if (isUsage && key !== undefined) {
    const { quota, used, validUntil } = state.sorsa.usage(key);
    const body = {
      key_requests: quota,
      remaining_requests: quota === null ? null : Math.max(0, quota - used),
      total_requests: used,
      valid_until: new Date(validUntil).toISOString(),
    };
    send(res, jsonAnswer(200, body, { 'content-type': 'application/json' }), now);
    return;
  }
  send(res, successAnswer(exchange, state.ids), now);
}
