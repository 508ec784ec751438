import type { EntryId, XApiOptions } from '@xapi-errors/core';
import type { RecordedRequest, Simulator, SimulatorOptions } from '@xapi-errors/testkit';
import type { HttpCall } from './driver.ts';
import {
  backoffTotal,
  data,
  type Expected,
  entryOf,
  kindOf,
  noWait,
  partialLabel,
  persistent,
  resetWait,
  throughFailures,
} from './expectations.ts';

/** One request of a scenario; `stream` reads it line by line instead of as one body. */
export interface ScenarioCall extends HttpCall {
  readonly stream?: boolean;
}

/** Calls sent together; the steps of a scenario run one after another. */
export interface Step {
  readonly calls: readonly ScenarioCall[];
  /**
   * Start just after a whole second of the clock, where the simulator's one-second windows begin,
   * so what lands in which window does not depend on when the demo happens to run.
   */
  readonly alignToSecond?: boolean;
}

/** One situation the demo puts every adapter in. */
export interface Scenario {
  /** The name `--scenario` selects. */
  readonly name: string;
  /** One line: what happens. */
  readonly title: string;
  /** Options of the simulator this scenario runs against (one simulator per adapter run). */
  readonly simulator?: SimulatorOptions;
  /** Adapter options this scenario turns on (every adapter gets the same), beyond the demo's defaults. */
  readonly adapter?: Pick<XApiOptions, 'pace'>;
  /** Scripts answers before the first request. */
  readonly prepare?: (sim: Simulator) => void;
  readonly steps: readonly Step[];
  readonly expected: Expected;
  /**
   * Whether a run set up the situation it is about, judged from what the simulator received. A
   * run that did not (the machine stalled across a window boundary) says nothing about the
   * adapter and is repeated.
   */
  readonly setUp?: (requests: readonly RecordedRequest[]) => boolean;
}

/** How far ahead the simulator puts the reset of a scripted rate-limit answer; short, so the demo is fast. */
export const scriptedResetMs = 300;

const me: ScenarioCall = { method: 'GET', path: '/2/users/me' };
const sorsaUser = (key: string): ScenarioCall => ({
  method: 'GET',
  path: '/v3/info?username=xdevelopers',
  headers: { ApiKey: key },
});
const postTweet: ScenarioCall = { method: 'POST', path: '/2/tweets', body: { text: 'hello from the demo' } };
const once = (call: ScenarioCall): Step => ({ calls: [call] });

function rateLimitWindow(): Scenario {
  const id: EntryId = 'v2/http-429';
  const second = throughFailures(id, 'GET', 1);
  return {
    name: 'rate-limit-window',
    title: 'v2 endpoint window (1 request per second) used up: wait for x-rate-limit-reset, then continue',
    simulator: { xLimits: { 'GET /2/users/me': { limit: 1, windowMs: 1000 } } },
    steps: [{ calls: [me], alignToSecond: true }, once(me)],
    // Both calls must reach the same one-second window, or the second one is simply the next window's first.
    setUp: ([first, next]) =>
      first !== undefined &&
      next !== undefined &&
      Math.floor(first.time / 1000) === Math.floor(next.time / 1000),
    expected: {
      outcomes: [data, second.outcome],
      attempts: 1 + second.attempts,
      entries: [id],
      waitMs: second.waited > 0 ? resetWait(1000) : noWait,
    },
  };
}

function limitThatStays(name: string, title: string, id: EntryId, simulator: SimulatorOptions): Scenario {
  const second = persistent(id, 'GET');
  return {
    name,
    title,
    simulator,
    steps: [once(me), once(me)],
    expected: {
      outcomes: [data, second.outcome],
      attempts: 1 + second.attempts,
      entries: [id],
      waitMs: second.waited > 0 ? { min: 1, max: Number.MAX_SAFE_INTEGER } : noWait,
    },
  };
}

function codeEightyEight(): Scenario {
  const id: EntryId = 'v1.1/88';
  const call = throughFailures(id, 'GET', 1);
  return {
    name: 'v1.1-code-88',
    title: 'v1.1 error code 88 (rate limit exceeded) with a reset header, then the window opens',
    simulator: { scriptedResetMs },
    prepare: (sim) => sim.script('GET /1.1/statuses/user_timeline.json', [id, 'ok']),
    steps: [once({ method: 'GET', path: '/1.1/statuses/user_timeline.json?screen_name=xdevelopers' })],
    expected: {
      outcomes: [call.outcome],
      attempts: call.attempts,
      entries: [id],
      waitMs: call.waited > 0 ? resetWait(scriptedResetMs) : noWait,
    },
  };
}

function overCapacity(): Scenario {
  const id: EntryId = 'v2/http-503';
  const call = throughFailures(id, 'GET', 2);
  const wait = backoffTotal(call.waited);
  return {
    name: 'over-capacity-503',
    title: '503 over capacity twice, then success: jittered backoff, no server timing',
    prepare: (sim) => sim.script('GET /2/users/me', ['over-capacity-503', 'over-capacity-503', 'ok']),
    steps: [once(me)],
    expected: {
      outcomes: [call.outcome],
      attempts: call.attempts,
      entries: [id],
      waitMs: { min: wait, max: wait },
    },
  };
}

function partialErrors(): Scenario {
  const id: EntryId = 'v2/not-authorized-for-resource';
  const { errors } = JSON.parse(entryOf(id).example.body) as { errors: unknown[] };
  const body = { data: [{ id: '1900000000000000042', text: 'a visible post' }], errors };
  return {
    name: 'partial-errors',
    title: 'a 200 with data for one id and an error for another: data, plus the partial error',
    prepare: (sim) => sim.script('GET /2/tweets', [{ status: 200, body }]),
    steps: [once({ method: 'GET', path: '/2/tweets?ids=1900000000000000042,1000082502030065665' })],
    expected: { outcomes: [partialLabel(kindOf(id))], attempts: 1, entries: [id], waitMs: noWait },
  };
}

function postRetries(): Scenario {
  const serverError: EntryId = 'v2/http-500';
  const rateLimited: EntryId = 'v2/http-429';
  const first = throughFailures(serverError, 'POST', 1);
  const second = throughFailures(rateLimited, 'POST', 1);
  return {
    name: 'post-500-then-429',
    title: 'POST /2/tweets: a 500 may have posted (not retried); a 429 certainly did not (retried)',
    simulator: { scriptedResetMs },
    prepare: (sim) => sim.script('POST /2/tweets', [serverError, rateLimited, 'ok']),
    steps: [once(postTweet), once(postTweet)],
    expected: {
      outcomes: [first.outcome, second.outcome],
      attempts: first.attempts + second.attempts,
      entries: [serverError, rateLimited],
      waitMs: first.waited + second.waited > 0 ? resetWait(scriptedResetMs) : noWait,
    },
  };
}

/** The endpoint window of `xWindowQueue`, and how many calls are sent to it together. */
const xWindowLimit = 3;
const xCalls = 9;

function xWindowQueue(): Scenario {
  const user = (id: number): ScenarioCall => ({ method: 'GET', path: `/2/users/${id}` });
  return {
    name: 'x-window-queue',
    title: `X pacing on: ${xCalls} calls sent together to a window of ${xWindowLimit}; the first answer tells what is left, each reset lets only ${xWindowLimit} go, no 429`,
    simulator: { xLimits: { 'GET /2/users/:id': { limit: xWindowLimit, windowMs: 1000 } } },
    adapter: { pace: { x: true } },
    steps: [{ calls: Array.from({ length: xCalls }, (_, i) => user(1001 + i)), alignToSecond: true }],
    // The first window's calls must share one second, so the rest surely meet it used up.
    setUp: (requests) => {
      const seconds = requests.slice(0, xWindowLimit).map((request) => Math.floor(request.time / 1000));
      return seconds.every((second) => second === seconds[0]);
    },
    expected: {
      outcomes: Array.from({ length: xCalls }, () => data),
      attempts: xCalls,
      entries: [],
      // The last calls wait for the second reset: just under two windows, plus timer and date-header slop.
      waitMs: { min: 1000, max: 3000 },
    },
  };
}

/** Burst size: three Sorsa windows' worth. */
const burst = 60;

function sorsaBurst(): Scenario {
  return {
    name: 'sorsa-burst',
    title: `${burst} simultaneous Sorsa requests with one key, paced under 20 per second: no 429`,
    steps: [{ calls: Array.from({ length: burst }, () => sorsaUser('demo-key')), alignToSecond: true }],
    expected: {
      outcomes: Array.from({ length: burst }, () => data),
      attempts: burst,
      entries: [],
      // The last third waits at least one full window; each window is held until a batch's responses
      // are in plus one window, so on a busy machine it can take longer, but never without bound.
      waitMs: { min: 1000, max: 8000 },
    },
  };
}

function sorsaUnpaid(): Scenario {
  const id: EntryId = 'sorsa/key-not-paid';
  const call = persistent(id, 'GET');
  return {
    name: 'sorsa-unpaid-key',
    title: 'Sorsa key without a paid plan: 403 "api key not payed"',
    simulator: { sorsa: { keys: { 'unpaid-key': { paid: false } } } },
    steps: [once(sorsaUser('unpaid-key'))],
    expected: {
      outcomes: [call.outcome],
      attempts: call.attempts,
      entries: [id],
      waitMs: call.waited > 0 ? { min: 1, max: Number.MAX_SAFE_INTEGER } : noWait,
    },
  };
}

function htmlBadGateway(): Scenario {
  const id: EntryId = 'v2/http-502';
  const call = throughFailures(id, 'GET', 1);
  const wait = backoffTotal(call.waited);
  return {
    name: 'html-502',
    title: 'a proxy answers 502 with an HTML page instead of JSON, then the API is back',
    prepare: (sim) => sim.script('GET /2/users/me', ['html-502', 'ok']),
    steps: [once(me)],
    expected: {
      outcomes: [call.outcome],
      attempts: call.attempts,
      entries: [id],
      waitMs: { min: wait, max: wait },
    },
  };
}

/** Data lines the stream sends before it is disconnected. */
const streamLines = 2;

function streamDisconnect(): Scenario {
  const id: EntryId = 'v2/operational-disconnect';
  return {
    name: 'stream-disconnect',
    title: `filtered stream: ${streamLines} posts, then an in-stream operational-disconnect`,
    simulator: { stream: { disconnectAfter: streamLines, dataIntervalMs: 50 } },
    steps: [once({ method: 'GET', path: '/2/tweets/search/stream', stream: true })],
    expected: {
      outcomes: [...Array.from({ length: streamLines }, () => data), kindOf(id)],
      attempts: 1,
      entries: [id],
      waitMs: noWait,
    },
  };
}

/** Every scenario, in the order the demo runs them. */
export const scenarios: readonly Scenario[] = [
  rateLimitWindow(),
  limitThatStays(
    'usage-cap',
    'monthly usage cap reached: 429 although x-rate-limit-remaining is far above 0',
    'v2/usage-capped',
    { usageCap: { limit: 1, period: 'Monthly' } },
  ),
  limitThatStays(
    'credits-depleted',
    'pay-per-use credits spent: 402 credits-depleted',
    'v2/credits-depleted',
    { credits: 1 },
  ),
  codeEightyEight(),
  overCapacity(),
  partialErrors(),
  postRetries(),
  xWindowQueue(),
  sorsaBurst(),
  sorsaUnpaid(),
  htmlBadGateway(),
  streamDisconnect(),
];
