import { writeBrokenOff } from './break-off.ts';
import type { Exchange, SimState } from './exchange.ts';
import { type FaultName, isFaultName, writeFault } from './faults.ts';
import { entryAnswer, jsonAnswer, missingResource, send, withHeaders } from './respond.ts';
import { type CustomResponse, customAnswer, type ScriptStep } from './script.ts';
import { streamPath } from './stream.ts';
import { partialAnswer, successAnswer } from './success.ts';
import { handleSorsa } from './surfaces/sorsa.ts';
import { handleX } from './surfaces/x.ts';

/**
 * The route's rate-limit headers as they stand, uncounted: answers shaped like a success (a
 * scripted `'ok'` or `'partial'`, a fault that damages the success) carry them as a real success
 * would, without using up the window they describe.
 */
function limitHeaders(exchange: Exchange, state: SimState): Record<string, string> {
  const { method, path, surface, now } = exchange;
  if (surface !== 'v2' && surface !== 'v1.1') return {};
  return state.xLimits.headers(method, path, surface, now);
}

function serveFault(exchange: Exchange, kind: FaultName, state: SimState): void {
  writeFault(exchange.res, kind, {
    surface: exchange.surface,
    success: withHeaders(successAnswer(exchange, state.ids), limitHeaders(exchange, state)),
    now: exchange.now,
    aheadMs: state.aheadMs,
    slowBodyMs: state.slowBodyMs,
  });
}

function serveOk(exchange: Exchange, state: SimState): void {
  const { res, method, path, now } = exchange;
  if (method === 'GET' && path === streamPath) {
    state.stream.connect(res, { headers: limitHeaders(exchange, state), now });
    return;
  }
  send(res, withHeaders(successAnswer(exchange, state.ids), limitHeaders(exchange, state)), now);
}

function serveCustom(exchange: Exchange, step: CustomResponse): void {
  const { res, now } = exchange;
  if (step.breakOff) writeBrokenOff(res, customAnswer(step), now, step.breakOff);
  else send(res, customAnswer(step), now);
}

function serveStep(exchange: Exchange, step: ScriptStep, state: SimState): void {
  const { res, now } = exchange;
  if (typeof step === 'object') serveCustom(exchange, step);
  else if (step === 'ok') serveOk(exchange, state);
  else if (step === 'partial') {
    const answer = partialAnswer(exchange, state.ids, missingResource());
    send(res, withHeaders(answer, limitHeaders(exchange, state)), now);
  } else if (isFaultName(step)) serveFault(exchange, step, state);
  else send(res, entryAnswer(step, now, state.aheadMs), now);
}

/**
 * Answers one request. A scripted step comes first and bypasses limits, credits and caps; then a
 * random fault, if one is due; then the surface behaves as the real API does.
 */
export function handleExchange(exchange: Exchange, state: SimState): void {
  const step = state.scripts.take(exchange.method, exchange.path);
  if (step !== undefined) {
    serveStep(exchange, step, state);
    return;
  }
  const fault = state.faults.pick(exchange.path);
  if (fault) {
    serveFault(exchange, fault, state);
    return;
  }
  switch (exchange.surface) {
    case 'v2':
    case 'v1.1':
      handleX(exchange, exchange.surface, state);
      return;
    case 'sorsa':
      handleSorsa(exchange, state);
      return;
    default:
      send(
        exchange.res,
        jsonAnswer(404, { title: 'Not Found', detail: 'xapi-sim serves /2, /1.1 and /v3 only.' }),
        exchange.now,
      );
  }
}
