import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type Clock, systemClock } from './clock.ts';
import type { Exchange, SimState } from './exchange.ts';
import { FaultInjector } from './fault-injector.ts';
import { handleExchange } from './handle.ts';
import { SorsaLimits } from './limits/sorsa.ts';
import { XLimits } from './limits/x-limits.ts';
import type { SimulatorOptions } from './options.ts';
import { randomSeed } from './random.ts';
import { flattenHeaders, type RecordedRequest, type RequestMatcher } from './requests.ts';
import { baseHeaders } from './respond.ts';
import { normalizePath, parseRoute, routeMatches } from './route.ts';
import { ScriptQueues, type ScriptStep } from './script.ts';
import { StreamHub } from './stream.ts';
import { createIdSource } from './success.ts';
import { surfaceOf } from './surface.ts';

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
  /** Sets the number of filtered-stream rules; 0 makes the next connection fail with 409. */
  setStreamRules(count: number): void;
  /**
   * Clears scripts, recorded requests, every limit window, credits, usage-cap and Sorsa quota use,
   * restores the stream rule count of the options, and restarts fault randomness from the seed.
   */
  reset(): void;
  /** Stops the server and destroys every open connection, including hanging and streaming ones. */
  close(): Promise<void>;
}

function countMatcher(matcher: RequestMatcher | undefined): (request: RecordedRequest) => boolean {
  if (matcher === undefined) return () => true;
  if (typeof matcher === 'function') return matcher;
  const route = parseRoute(matcher);
  return (request) => routeMatches(route, request.method, request.path);
}

/** `latencyMs` as given, checked: a wait must be a finite number of milliseconds, 0 or more. */
function checkedLatency(latencyMs: number | undefined): number {
  if (latencyMs === undefined) return 0;
  if (typeof latencyMs !== 'number' || !Number.isFinite(latencyMs) || latencyMs < 0)
    throw new RangeError(
      `xapi-sim: latencyMs must be a finite number of 0 or more, got ${String(latencyMs)}`,
    );
  return latencyMs;
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
 * Starts a local X API simulator on 127.0.0.1: X API v2 under `/2`, v1.1 under `/1.1`, Sorsa under
 * `/v3`, with real limits, scripted answers and faults. Rejects on options it cannot honour, such
 * as an unknown name in `faults.kinds`, an `xLimits` route outside `/2/` and `/1.1/` or with an
 * unknown method, a `usageCap.period` other than `Monthly` and `Daily`, or a negative
 * `latencyMs`; and when it cannot listen on the port.
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const clock = options.clock ?? systemClock;
  const latencyMs = checkedLatency(options.latencyMs);
  const ids = createIdSource();
  const state: SimState = {
    aheadMs: options.scriptedResetMs ?? 1000,
    slowBodyMs: options.slowBodyMs ?? 2000,
    ids,
    scripts: new ScriptQueues(),
    faults: new FaultInjector(options.faults, options.seed ?? randomSeed()),
    xLimits: new XLimits(options),
    sorsa: new SorsaLimits(options.sorsa, clock.now()),
    stream: new StreamHub(options.stream, ids),
  };
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const now = clock.now();
      try {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const path = normalizePath(url.pathname);
        const method = (req.method ?? 'GET').toUpperCase();
        const headers = flattenHeaders(req.headers);
        const body = Buffer.concat(chunks).toString('utf8');
        requests.push(
          Object.freeze({
            method,
            path,
            query: Object.freeze(Object.fromEntries(url.searchParams)),
            headers: Object.freeze(headers),
            body,
            time: now,
          }),
        );
        const exchange: Exchange = { res, method, path, headers, body, surface: surfaceOf(path), now };
        if (latencyMs === 0) handleExchange(exchange, state);
        else answerLater(exchange, now);
      } catch (error) {
        failInternally(res, error, now);
      }
    });
  };

  /**
   * Answered after the latency, but as of its arrival: every limit and window is decided with the
   * arrival time, in arrival order, so the request counts as it arrives.
   */
  const pending = new Set<NodeJS.Timeout>();
  const answerLater = (exchange: Exchange, now: number): void => {
    const timer = setTimeout(() => {
      pending.delete(timer);
      try {
        handleExchange(exchange, state);
      } catch (error) {
        failInternally(exchange.res, error, now);
      }
    }, latencyMs);
    pending.add(timer);
  };

  const server = createServer(onRequest);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    clock,
    get requests() {
      return requests.slice();
    },
    script: (route, steps) => state.scripts.add(route, steps),
    requestCount: (matcher) => requests.filter(countMatcher(matcher)).length,
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
        for (const timer of pending) clearTimeout(timer);
        pending.clear();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
