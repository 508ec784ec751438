import type { Exchange, SimState } from '../exchange.ts';
import { type Answer, entryAnswer, type Reply, sending, withHeaders } from '../respond.ts';
import { streamPath } from '../stream.ts';
import { successAnswer } from '../success.ts';

const endpointHeader = /^x-rate-limit-/;

function withoutEndpointHeaders(answer: Answer): Answer {
  const headers = Object.fromEntries(
    Object.entries(answer.headers).filter(([name]) => !endpointHeader.test(name)),
  );
  return { ...answer, headers };
}

/**
 * Decides a request on `/2` or `/1.1` by the X limits: a refusal, the stream, or a success. Only a
 * request that gets through is charged.
 */
export function decideX(exchange: Exchange, surface: 'v2' | 'v1.1', state: SimState): Reply {
  const { res, method, path, now } = exchange;
  const verdict = state.xLimits.check(exchange, surface);
  if (verdict.refuse) {
    const example = entryAnswer(verdict.refuse, now, state.aheadMs);
    const answer = verdict.dropEndpointHeaders ? withoutEndpointHeaders(example) : example;
    return sending(res, withHeaders(answer, verdict.headers), now);
  }
  if (method === 'GET' && path === streamPath) {
    // The stream's own refusals (no rules, too many connections) come after the limits but, being
    // refusals, must not be charged: only a connection that opens costs anything.
    const refusal = state.stream.refusal(now, state.aheadMs);
    if (refusal) return sending(res, withHeaders(refusal, verdict.headers), now);
    const headers = state.xLimits.charge(exchange, surface);
    return state.stream.open(res, { headers, now });
  }
  const answer = successAnswer(exchange, state);
  // A request the route itself refuses (a page token it never handed out) costs nothing either.
  if (answer.status >= 400) return sending(res, withHeaders(answer, verdict.headers), now);
  return sending(res, withHeaders(answer, state.xLimits.charge(exchange, surface)), now);
}
