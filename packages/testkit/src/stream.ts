import type { ServerResponse } from 'node:http';
import type { StreamOptions } from './options.ts';
import { type Answer, baseHeaders, entryAnswer, mergeHeaders, requireEntry } from './respond.ts';
import type { IdSource } from './success.ts';

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

/** The open streams and the rules that decide whether another may connect. */
export class StreamHub {
  readonly #options: StreamOptions;
  readonly #ids: IdSource;
  readonly #open = new Set<ServerResponse>();
  #rules: number;

  constructor(options: StreamOptions | undefined, ids: IdSource) {
    this.#options = options ?? {};
    this.#ids = ids;
    this.#rules = this.#options.rules ?? 1;
  }

  /** Sets the number of stream rules; 0 makes the next connection attempt fail with 409. */
  setRules(count: number): void {
    this.#rules = count;
  }

  /** Restores the rule count of the options. */
  reset(): void {
    this.#rules = this.#options.rules ?? 1;
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
   * `connect` so the caller can charge only a connection that opens.
   */
  refusal(now: number, aheadMs: number): Answer | undefined {
    if (this.#rules <= 0) {
      return entryAnswer('v2/streaming-connection/RuleConfigurationIssue', now, aheadMs);
    }
    if (this.#open.size >= (this.#options.maxConnections ?? 1)) {
      return entryAnswer('v2/streaming-connection/TooManyConnections', now, aheadMs);
    }
    return undefined;
  }

  /** Opens a stream on `res` without any check (see `refusal`). */
  connect(res: ServerResponse, how: StreamConnect): void {
    const { now, headers } = how;
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
        headers,
        baseHeaders(now),
      ),
    );
    res.flushHeaders();
    this.#open.add(res);
    let sent = 0;
    const keepAlive = setInterval(() => res.write(lineEnd), this.#options.keepAliveMs ?? 20_000);
    const data = setInterval(() => {
      res.write(this.#dataLine() + lineEnd);
      sent += 1;
      if (disconnectAfter !== undefined && sent >= disconnectAfter) finish();
    }, this.#options.dataIntervalMs ?? 1000);
    const stop = (): void => {
      clearInterval(keepAlive);
      clearInterval(data);
      this.#open.delete(res);
    };
    const finish = (): void => {
      stop();
      res.end(disconnect + lineEnd);
    };
    res.once('close', stop);
    if (disconnectAfter === 0) finish();
  }
}
