import type { ServerResponse } from 'node:http';
import { plainObject, timerMilliseconds, wholeNumber } from './checks.ts';
import type { StreamOptions } from './options.ts';
import { type Answer, baseHeaders, entryAnswer, mergeHeaders, type Reply, requireEntry } from './respond.ts';
import { RuleBook } from './stream-rules.ts';
import type { IdSource } from './success.ts';
import type { Timers } from './timers.ts';

/** The filtered stream's path; `GET` on it opens a stream. */
export const streamPath = '/2/tweets/search/stream';

/** How to open one stream connection. */
export interface StreamConnect {
  /** Extra headers, such as the route's `x-rate-limit-*`. */
  readonly headers: Readonly<Record<string, string>>;
  readonly now: number;
}

/** X delimits stream messages with `\r\n`; a bare `\r\n` is the keep-alive heartbeat. */
const lineEnd = '\r\n';

function oneLine(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json));
  } catch {
    return json.replace(/\s*\n\s*/g, ' ');
  }
}

/** The stream options, checked: counts are whole numbers, intervals finite and above 0. */
function checkedOptions(options: StreamOptions | undefined): StreamOptions {
  const checked = options === undefined ? {} : plainObject('stream', options);
  for (const name of ['rules', 'maxConnections', 'disconnectAfter'] as const) {
    if (checked[name] !== undefined) wholeNumber(`stream.${name}`, checked[name]);
  }
  for (const name of ['keepAliveMs', 'dataIntervalMs'] as const) {
    if (checked[name] !== undefined) timerMilliseconds(`stream.${name}`, checked[name], 'above zero');
  }
  return checked;
}

/** The open streams and the rules that decide whether another may connect. */
export class StreamHub {
  readonly #options: StreamOptions;
  readonly #ids: IdSource;
  readonly #timers: Timers;
  /** Each open stream, with what stops its timers and gives its slot back. */
  readonly #open = new Map<ServerResponse, () => void>();
  /** The rules, managed on `rulesPath` as X manages them. */
  readonly rules: RuleBook;

  constructor(options: StreamOptions | undefined, ids: IdSource, timers: Timers) {
    this.#options = checkedOptions(options);
    this.#ids = ids;
    this.#timers = timers;
    this.rules = new RuleBook(this.#options.rules ?? 1);
  }

  /** Replaces the rules with `count` made-up ones; 0 makes the next connection attempt fail with 409. */
  setRules(count: number): void {
    this.rules.fill(wholeNumber('setStreamRules(count)', count));
  }

  /**
   * Restores the rule count of the options and ends every open stream, so a stream a test left
   * open does not hold a connection slot into the next: a started stream ends cleanly, one still
   * waiting out the latency is cut off.
   */
  reset(): void {
    this.rules.fill(this.#options.rules ?? 1);
    for (const [res, stop] of this.#open) {
      stop();
      if (res.headersSent) res.end();
      else res.destroy();
    }
  }

  #dataLine(): string {
    const id = this.#ids.next();
    return JSON.stringify({
      data: { id, text: `Simulated post ${id}`, edit_history_tweet_ids: [id] },
      matching_rules: [{ id: '1', tag: 'xapi-sim' }],
    });
  }

  /**
   * Why a connection attempt at clock time `now` is refused: 409 RuleConfigurationIssue without
   * rules, 429 TooManyConnections when full; `undefined` when it may connect. Separate from
   * `open` so the caller can charge only a connection that opens.
   */
  refusal(now: number, aheadMs: number): Answer | undefined {
    if (this.rules.count === 0) {
      return entryAnswer('v2/streaming-connection/RuleConfigurationIssue', now, aheadMs);
    }
    if (this.#open.size >= (this.#options.maxConnections ?? 1)) {
      return entryAnswer('v2/streaming-connection/TooManyConnections', now, aheadMs);
    }
    return undefined;
  }

  /**
   * Opens a stream on `res` without any check (see `refusal`). The connection holds its slot from
   * now, the request's arrival, until `res` closes; a client that gives up during the latency closes
   * it before the stream starts. The returned reply starts the stream.
   */
  open(res: ServerResponse, how: StreamConnect): Reply {
    // Closed already, it emits no more 'close', so it must not take a slot it would never give back.
    if (res.destroyed) return () => undefined;
    const running: NodeJS.Timeout[] = [];
    const stop = (): void => {
      for (const timer of running) this.#timers.cancel(timer);
      this.#open.delete(res);
    };
    this.#open.set(res, stop);
    res.once('close', stop);
    return () => {
      const { disconnectAfter } = this.#options;
      const disconnect =
        disconnectAfter === undefined
          ? undefined
          : oneLine(requireEntry('v2/operational-disconnect').example.body);
      res.writeHead(
        200,
        mergeHeaders(
          {
            'content-type': 'application/json; charset=utf-8',
            'cache-control': 'no-cache, no-store, max-age=0',
          },
          how.headers,
          baseHeaders(how.now),
        ),
      );
      res.flushHeaders();
      let sent = 0;
      const finish = (): void => {
        stop();
        res.end(disconnect + lineEnd);
      };
      running.push(
        this.#timers.every(this.#options.keepAliveMs ?? 20_000, () => res.write(lineEnd)),
        this.#timers.every(this.#options.dataIntervalMs ?? 1000, () => {
          res.write(this.#dataLine() + lineEnd);
          sent += 1;
          if (disconnectAfter !== undefined && sent >= disconnectAfter) finish();
        }),
      );
      if (disconnectAfter === 0) finish();
    };
  }
}
