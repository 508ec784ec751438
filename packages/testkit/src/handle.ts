import { writeBrokenOff } from './break-off.ts';
import type { Exchange, SimState } from './exchange.ts';
import { damagesSuccess, type FaultName, isFaultName, writeDamagedSuccess, writeFault } from './faults.ts';
import { entryAnswer, jsonAnswer, missingResource, type Reply, sending, withHeaders } from './respond.ts';
import { type CustomResponse, customAnswer, type ScriptStep } from './script.ts';
import { streamPath } from './stream.ts';
import { partialAnswer, successAnswer } from './success.ts';
import { decideSorsa } from './surfaces/sorsa.ts';
import { decideX } from './surfaces/x.ts';

/**
 * The route's rate-limit headers as they stand, uncounted: answers shaped like a success (a
 * scripted `'ok'` or `'partial'`, a fault that damages the success) carry them as a real success
 * would, without using up the window they describe.
 */
function limitHeaders(exchange: Exchange, state: SimState): Record<string, string> {
  const { surface } = exchange;
  if (surface !== 'v2' && surface !== 'v1.1') return {};
  return state.xLimits.headers(exchange, surface);
}

function faultReply(exchange: Exchange, kind: FaultName, state: SimState): Reply {
  const target = {
    surface: exchange.surface,
    now: exchange.now,
    aheadMs: state.aheadMs,
    slowBodyMs: state.slowBodyMs,
    timers: state.timers,
  };
  if (!damagesSuccess(kind)) return () => writeFault(exchange.res, kind, target);
  const success = withHeaders(successAnswer(exchange, state), limitHeaders(exchange, state));
  return () => writeDamagedSuccess(exchange.res, kind, success, target);
}

function okReply(exchange: Exchange, state: SimState): Reply {
  const { res, method, path, now } = exchange;
  if (method === 'GET' && path === streamPath) {
    return state.stream.open(res, { headers: limitHeaders(exchange, state), now });
  }
  return sending(res, withHeaders(successAnswer(exchange, state), limitHeaders(exchange, state)), now);
}

function customReply(exchange: Exchange, step: CustomResponse, state: SimState): Reply {
  const { res, now } = exchange;
  const answer = customAnswer(step);
  const { breakOff } = step;
  if (breakOff) return () => writeBrokenOff(res, answer, now, breakOff, state.timers);
  return sending(res, answer, now);
}

function stepReply(exchange: Exchange, step: ScriptStep, state: SimState): Reply {
  const { res, now } = exchange;
  if (typeof step === 'object') return customReply(exchange, step, state);
  if (step === 'ok') return okReply(exchange, state);
  if (step === 'partial') {
    const answer = partialAnswer(exchange, state.ids, missingResource());
    return sending(res, withHeaders(answer, limitHeaders(exchange, state)), now);
  }
  if (isFaultName(step)) return faultReply(exchange, step, state);
  return sending(res, entryAnswer(step, now, state.aheadMs), now);
}

/**
 * Decides the answer to one request as it arrives: a scripted step comes first and bypasses limits,
 * credits and caps; then a random fault, if one is due (not to a Sorsa request whose key is
 * refused or spent); then the surface behaves as the real API does. Everything is counted now; the
 * returned reply only writes what was decided.
 */
export function decide(exchange: Exchange, state: SimState): Reply {
  const step = state.scripts.take(exchange.method, exchange.path);
  if (step !== undefined) return stepReply(exchange, step, state);
  // A path of no API answers its 404 whatever the fault rate: only the APIs' own paths fail.
  const fault = exchange.surface === undefined ? undefined : state.faults.pick(exchange.path);
  // Sorsa turns a bad or spent key away before anything else: a fault must not hand it a success.
  if (fault && !(exchange.surface === 'sorsa' && state.sorsa.refusesAll(exchange.headers['apikey']))) {
    return faultReply(exchange, fault, state);
  }
  switch (exchange.surface) {
    case 'v2':
    case 'v1.1':
      return decideX(exchange, exchange.surface, state);
    case 'sorsa':
      return decideSorsa(exchange, state);
    default:
      return sending(
        exchange.res,
        jsonAnswer(404, { title: 'Not Found', detail: 'xapi-sim serves /2, /1.1 and /v3 only.' }),
        exchange.now,
      );
  }
}
