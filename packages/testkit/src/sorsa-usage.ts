import type { SorsaUsage } from './limits/sorsa.ts';
import { type Answer, jsonAnswer } from './respond.ts';

/** Sorsa reports a key's quota here without billing the call. */
export const usagePath = '/v3/key-usage-info';

/** What `/v3/key-usage-info` answers for a key whose quota, use and expiry are `usage`. */
export function usageAnswer({ quota, used, validUntil }: SorsaUsage): Answer {
  const body = {
    key_requests: quota,
    remaining_requests: quota === null ? null : Math.max(0, quota - used),
    total_requests: used,
    valid_until: new Date(validUntil).toISOString(),
  };
  return jsonAnswer(200, body, { 'content-type': 'application/json' });
}
