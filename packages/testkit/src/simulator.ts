import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { milliseconds, plainObject, timerMilliseconds, wholeNumber } from './checks.ts';
import { type Clock, systemClock } from './clock.ts';
import type { Exchange, SimState } from './exchange.ts';
import { FaultInjector } from './fault-injector.ts';
import { decide } from './handle.ts';
import { SorsaLimits } from './limits/sorsa.ts';
import { XLimits } from './limits/x-limits.ts';
import { unknownOptions } from './option-names.ts';
import type { SimulatorOptions } from './options.ts';
import { randomSeed } from './random.ts';
import {
  type Arrival,
  arrive,
  flattenHeaders,
  type RecordedRequest,
  type RequestMatcher,
  recordOf,
} from './requests.ts';
import { baseHeaders, type Reply } from './respond.ts';
import { normalizePath, parseRoute, routeMatches } from './route.ts';
import { ScriptQueues, type ScriptStep } from './script.ts';
import { StreamHub } from './stream.ts';
import { createIdSource } from './success.ts';
import { surfaceOf } from './surface.ts';
import { Timers } from './timers.ts';

/** A running simulator. */
export interface Simulator {
  /** Base URL, `http://127.0.0.1:PORT`, without a trailing slash. */
  readonly url: string;
  /** The port the server listens on. */
  readonly port: number;
  /** The clock in use (the one passed in the options, or the system clock). */
  readonly clock: Clock;
  /**
   * Every request received since start or the last `reset()`, in arrival order. Each read returns
   * a new copy of the record (its entries are frozen), so a saved array does not grow with later
   * requests and changing it does not change what the simulator recorded.
   */
  readonly requests: readonly RecordedRequest[];
  /**
   * Queues answers for the next requests to `route` (`'METHOD /path'`, query ignored, `:name`
   * segments match any segment). Each step answers one request; once the queue is empty the route
   * behaves normally again. Calling it again for the same route appends. Scripted answers bypass
   * limits, credits, caps and random faults. Throws at once on a malformed route, an unknown id or
   * a custom step that cannot be served (a status outside 200–599, a header HTTP cannot carry, a
   * `breakOff` with no body to cut).
   */
  script(route: string, steps: readonly ScriptStep[]): void;
  /**
   * How many recorded requests match: all of them without an argument, those to a `'METHOD /path'`
   * route (query ignored, `:name` segments allowed), or those a predicate accepts.
   */
  requestCount(matcher?: RequestMatcher): number;
  /**
   * Sets the number of filtered-stream rules; 0 makes the next connection fail with 409.
   * @throws {RangeError} `count` is not a whole number >= 0.
   */
  setStreamRules(count: number): void;
  /**
   * Clears scripts, recorded requests, every limit window, credits, usage-cap and Sorsa quota use,
   * restores the stream rule count of the options, ends every open stream (so one a test left open
   * holds no connection slot into the next), and restarts fault randomness from the seed. Other
   * answers already on their way (latency, a slow body, a hang) are left to finish.
   */
  reset(): void;
  /**
   * Stops the server, destroys every open connection, including hanging and streaming ones, and
   * stops every timer it runs (answers waiting out their latency, streams, slow bodies), so nothing
   * of it keeps the process alive.
   */
  close(): Promise<void>;
}

function countMatcher(matcher: RequestMatcher | undefined): (request: RecordedRequest) => boolean {
  if (matcher === undefined) return () => true;
  if (typeof matcher === 'function') return matcher;
  const route = parseRoute(matcher);
  return (request) => routeMatches(route, request.method, request.path);
}

function failInternally(res: ServerResponse, error: unknown, now: number): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = error instanceof Error ? error.message : String(error);
  res.writeHead(500, {
    'content-type': 'text/plain; charset=utf-8',
    'x-xapi-sim-error': 'true',
    ...baseHeaders(now),
    'content-length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}

/**
 * The request target as a URL. A path is put after the origin, not resolved against it: resolved,
 * `//2/users/me` (a base URL joined with one slash too many) would read `2` as a host and be
 * recorded as `/users/me`.
 */
function requestUrl(target: string | undefined): URL {
  const origin = 'http://127.0.0.1';
  return target?.startsWith('/') ? new URL(origin + target) : new URL(target ?? '/', origin);
}

/**
 * Starts a local X API simulator on 127.0.0.1: X API v2 under `/2`, v1.1 under `/1.1`, Sorsa under
 * `/v3`, with real limits, scripted answers and faults. Rejects on options it cannot honour, such
 * as an unknown name in `faults.kinds`, an `xLimits` route outside `/2/` and `/1.1/` or with an
 * unknown method, a `usageCap.period` other than `Monthly` and `Daily`, a number that is not one
 * (`NaN`, `Infinity`, a string) or out of range (a negative `latencyMs`, a `windowMs` of 0, a port
 * past 65535, a delay past Node's timer limit of 2,147,483,647 ms), a list or object of the wrong
 * type (`faults.paths: '/2'`), with a RangeError naming the option; with a TypeError on an option
 * name it does not know (`xlimits`, `faults.kind`); and when it cannot listen on the port.
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  // Without a type check (JavaScript, a spread of loose settings) a misspelt option would start a
  // simulator without it, and a test would pass against limits it never set.
  const unknown = unknownOptions(plainObject('startSimulator options', options), 'code');
  if (unknown.length > 0) {
    throw new TypeError(
      `xapi-sim: unknown option ${unknown.map((name) => JSON.stringify(name)).join(', ')}; see SimulatorOptions`,
    );
  }
  const clock = options.clock ?? systemClock;
  const port = options.port === undefined ? 0 : wholeNumber('port', options.port, 0, 65_535);
  const latencyMs = timerMilliseconds('latencyMs', options.latencyMs ?? 0, 'zero allowed');
  const seed =
    options.seed === undefined
      ? randomSeed()
      : wholeNumber('seed', options.seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const ids = createIdSource();
  const timers = new Timers();
  const state: SimState = {
    aheadMs: milliseconds('scriptedResetMs', options.scriptedResetMs ?? 1000, 'zero allowed'),
    slowBodyMs: timerMilliseconds('slowBodyMs', options.slowBodyMs ?? 2000, 'zero allowed'),
    listPages: wholeNumber('listPages', options.listPages ?? 1, 1),
    ids,
    scripts: new ScriptQueues(),
    faults: new FaultInjector(options.faults, seed),
    xLimits: new XLimits(options),
    sorsa: new SorsaLimits(options.sorsa, clock.now()),
    stream: new StreamHub(options.stream, ids, timers),
    timers,
  };
  const requests: Arrival[] = [];
  const records = (): RecordedRequest[] => requests.map(recordOf);
  const sockets = new Set<Socket>();

  const deliver = (res: ServerResponse, reply: Reply, now: number): void => {
    // A client that gave up while its answer waited out the latency has closed the response; a
    // stream or slow body started on it would never see its 'close' and would run for ever.
    if (res.destroyed) return;
    try {
      reply();
    } catch (error) {
      failInternally(res, error, now);
    }
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const now = clock.now();
      let reply: Reply;
      try {
        const url = requestUrl(req.url);
        const path = normalizePath(url.pathname);
        const method = (req.method ?? 'GET').toUpperCase();
        const headers = flattenHeaders(req.headers);
        const body = Buffer.concat(chunks).toString('utf8');
        const query = Object.freeze(Object.fromEntries(url.searchParams));
        requests.push(arrive({ method, path, query, headers: Object.freeze(headers), body, time: now }, res));
        const exchange: Exchange = { res, method, path, query, headers, body, surface: surfaceOf(path), now };
        // Decided now, in arrival order (scripts, faults and limits count the request as it
        // arrives, as the real API does); only the writing waits out the latency.
        reply = decide(exchange, state);
      } catch (error) {
        reply = () => failInternally(res, error, now);
      }
      if (latencyMs === 0) deliver(res, reply, now);
      else timers.after(latencyMs, () => deliver(res, reply, now));
    });
  };

  const server = createServer(onRequest);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const listening = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;

  return {
    url: `http://127.0.0.1:${listening}`,
    port: listening,
    clock,
    get requests() {
      return records();
    },
    script: (route, steps) => state.scripts.add(route, steps),
    requestCount: (matcher) => records().filter(countMatcher(matcher)).length,
    setStreamRules: (count) => state.stream.setRules(count),
    reset: () => {
      requests.length = 0;
      state.scripts.clear();
      state.faults.reset();
      state.xLimits.reset();
      state.sorsa.reset();
      state.stream.reset();
    },
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        timers.cancelAll();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
