import type { Classification, XApiOptions } from '@xapi-errors/core';

/** The adapters the demo compares, in table order. */
export const adapterNames = ['fetch', 'ky', 'axios', 'effect'] as const;

/** One adapter's name. */
export type AdapterName = (typeof adapterNames)[number];

/** One HTTP request of a scenario, relative to the API base URL. */
export interface HttpCall {
  readonly method: 'GET' | 'POST';
  /** Path and query, e.g. `/2/users/me?demo_call=3`. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  readonly body?: unknown;
}

/**
 * How a request ended, as the adapter reported it: `data` with the classification it attached to
 * the success (partial errors live there), or an error with the classification it carried.
 */
export type Answer =
  | { readonly type: 'data'; readonly classification: Classification | undefined }
  | { readonly type: 'error'; readonly classification: Classification };

/**
 * What a stream delivers: a raw line for the demo to classify (keep-alives included), a data
 * message the adapter already classified, or the error the adapter turned an error line into.
 */
export type StreamItem =
  | { readonly type: 'line'; readonly text: string }
  | { readonly type: 'data' }
  | { readonly type: 'error'; readonly classification: Classification };

/** An open stream: what it delivers, and a way to hang up early. */
export interface OpenStream {
  readonly items: AsyncIterable<StreamItem>;
  close(): void;
}

/** One adapter instance, configured against one API base URL. */
export interface Client {
  /** Sends one request through the adapter; rejects only on failures the adapter did not classify. */
  send(call: HttpCall): Promise<Answer>;
  /** Opens a streaming endpoint through the adapter; a refused connection resolves as an error answer. */
  openStream(call: HttpCall): Promise<OpenStream | Answer>;
  /** Releases what the adapter instance holds (an Effect runtime, for example). */
  close?(): Promise<void>;
}

/** What a driver needs to build a client: where the API is, and the options every adapter shares. */
export interface DriverContext {
  readonly baseUrl: string;
  readonly options: XApiOptions;
}

/** Runs scenarios through one adapter. */
export interface Driver {
  readonly name: AdapterName;
  /** Creates one adapter instance (one retry budget, one pacer) for one scenario run. */
  connect(context: DriverContext): Promise<Client>;
}
