import { createStamp } from './stamp.ts';

let decoder: TextDecoder | undefined;

/** UTF-8 decoding as `Response.text()` does it: a leading BOM dropped, invalid bytes replaced. */
export function decodeUtf8(bytes: Uint8Array): string {
  decoder ??= new TextDecoder();
  return decoder.decode(bytes);
}

/** What classification already made of the body, for the first read (an adapter's or the caller's) to reuse. */
export interface BodyReadings {
  /** The body decoded as UTF-8. */
  readonly text?: string | undefined;
  /** The parsed JSON; set only when nothing else holds on to it, as the caller may change it. */
  readonly json?: { readonly value: unknown } | undefined;
}

/**
 * Called with every copy `clone()` makes, so an adapter can carry over whatever it keeps about the
 * original (its classification, say). Copies are `BufferedResponse`s too.
 */
export type CloneHook = (copy: Response, original: Response) => void;

/** How a response is turned into a `BufferedResponse`. */
export interface BufferedResponseOptions extends BodyReadings {
  /** Runs after each `clone()`; copies keep it for their own clones. */
  readonly onClone?: CloneHook | undefined;
}

/** What a copy cannot take from the `Response` it is built on: a constructed response has no URL. */
interface Origin {
  readonly url: string;
  readonly redirected: boolean;
  readonly type: ResponseType;
  /**
   * The headers to copy on first read, for a copy built without any: filling a constructed
   * response's `Headers` costs more than the rest of a clone, and most clones (ky reads one per
   * `.json()`) never look at theirs.
   */
  readonly headers?: Headers | undefined;
}

interface BodyState extends BodyReadings {
  readonly buffer: ArrayBuffer;
  readonly onClone: CloneHook | undefined;
  readonly origin: Origin | undefined;
  /** The response holds the bytes as its own body, and every read goes through it. */
  readonly native: boolean;
  /** A read has consumed the buffer. */
  taken: boolean;
  /** A real response over the buffer, made once something needs a stream, a blob or form data. */
  streamed: Response | undefined;
  /** What `.body` gives once the buffer was read: a locked stream, as a consumed body's is. */
  spent: ReadableStream<Uint8Array<ArrayBuffer>> | undefined;
  /** This copy's own `Headers`, made from `origin.headers` on first read. */
  copiedHeaders: Headers | undefined;
}

const states = createStamp<BodyState>();

function stateOf(response: Response): BodyState {
  const state = states.get(response);
  if (state === undefined) throw new TypeError('Illegal invocation: not a buffered response');
  return state;
}

function unusable(): TypeError {
  return new TypeError('Body is unusable: Body has already been read');
}

/** The real response over the buffer, made on first need. */
function streamedOf(response: Response, state: BodyState): Response {
  state.streamed ??= new Response(state.buffer, { headers: response.headers });
  return state.streamed;
}

/**
 * The buffer for a read that consumes it, or `undefined` when a stream was handed out (the read
 * then goes through it) or the buffer was consumed already.
 */
function take(state: BodyState): ArrayBuffer | undefined {
  if (state.taken || state.streamed !== undefined) return undefined;
  state.taken = true;
  return state.buffer;
}

/** A read the buffer cannot answer: through the handed-out stream, else rejected as used. */
function fallback(state: BodyState): Response {
  if (state.streamed === undefined) throw unusable();
  return state.streamed;
}

/**
 * A response whose body was already read for classification, readable again (see
 * {@link bufferResponse}): status, headers, URL, type and redirect flag are the original's and
 * `instanceof Response` holds. On Node, `json()`, `text()`, `arrayBuffer()` and `bytes()` answer
 * from what classification read, decoded and parsed, instead of reading a copy through a stream
 * and parsing it again: on a small JSON answer that second pass costs more than every decision the
 * adapter makes; `.body`, `blob()` and `formData()` get a real stream over the same bytes.
 * Elsewhere the bytes are the response's own body and reads go through it. Either way the body is
 * consumed once, as on any response: after the first read `bodyUsed` is true, and a second read,
 * `clone()` or `.body` behave as after any other read.
 */
export class BufferedResponse extends Response {
  /** Never called: see {@link bufferResponse}. */
  private constructor() {
    super();
  }

  override get headers(): Headers {
    const state = stateOf(this);
    const source = state.origin?.headers;
    if (source === undefined) return super.headers;
    state.copiedHeaders ??= new Headers(source);
    return state.copiedHeaders;
  }

  override get url(): string {
    return stateOf(this).origin?.url ?? super.url;
  }

  override get redirected(): boolean {
    return stateOf(this).origin?.redirected ?? super.redirected;
  }

  override get type(): ResponseType {
    return stateOf(this).origin?.type ?? super.type;
  }

  override get bodyUsed(): boolean {
    const state = stateOf(this);
    if (state.native) return super.bodyUsed;
    return state.streamed === undefined ? state.taken : state.streamed.bodyUsed;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    const state = stateOf(this);
    if (state.native) return super.body;
    if (!state.taken) return streamedOf(this, state).body;
    if (state.spent === undefined) {
      state.spent = new ReadableStream();
      state.spent.getReader();
    }
    return state.spent;
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    const state = stateOf(this);
    if (state.native) return super.arrayBuffer();
    const buffer = take(state);
    return buffer ?? fallback(state).arrayBuffer();
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    const state = stateOf(this);
    if (state.native) return super.bytes();
    const buffer = take(state);
    return buffer === undefined ? fallback(state).bytes() : new Uint8Array(buffer);
  }

  override async text(): Promise<string> {
    const state = stateOf(this);
    if (state.native) return super.text();
    const buffer = take(state);
    if (buffer === undefined) return fallback(state).text();
    return state.text ?? decodeUtf8(new Uint8Array(buffer));
  }

  override async json(): Promise<unknown> {
    const state = stateOf(this);
    if (state.native) return super.json();
    const buffer = take(state);
    if (buffer === undefined) return fallback(state).json();
    if (state.json !== undefined) return state.json.value;
    return JSON.parse(state.text ?? decodeUtf8(new Uint8Array(buffer)));
  }

  override async blob(): Promise<Blob> {
    const state = stateOf(this);
    if (state.native) return super.blob();
    if (state.taken) throw unusable();
    return streamedOf(this, state).blob();
  }

  override async formData(): Promise<FormData> {
    const state = stateOf(this);
    if (state.native) return super.formData();
    if (state.taken) throw unusable();
    return streamedOf(this, state).formData();
  }

  /** A copy, over its own bytes on Node (cheaper than the stream tee of `Response#clone`), passed to `onClone`. */
  override clone(): Response {
    const state = stateOf(this);
    const copy = state.native ? nativeCopy(this, state) : bufferedCopy(this, state);
    state.onClone?.(copy, this);
    return copy;
  }
}

/**
 * A copy through `Response#clone` (throwing, as it does, for a used body), keeping URL and hook.
 * Module functions, not private methods: responses made readable in place lack the class's brand.
 */
function nativeCopy(response: Response, state: BodyState): Response {
  const copy = Response.prototype.clone.call(response);
  return adopt(copy, state.buffer, { onClone: state.onClone }, originOf(response), true);
}

/** A copy over its own bytes (cheaper than the stream tee of `Response#clone`). */
function bufferedCopy(response: Response, state: BodyState): Response {
  const streamed = state.streamed;
  if (state.taken || (streamed !== undefined && (streamed.bodyUsed || streamed.body?.locked === true))) {
    throw new TypeError('Response.clone: Body has already been consumed.');
  }
  const readings = { text: state.text, onClone: state.onClone };
  const bare = new Response(null, { status: response.status, statusText: response.statusText });
  const headers = state.copiedHeaders ?? state.origin?.headers ?? response.headers;
  return adopt(bare, state.buffer.slice(0), readings, { ...originOf(response), headers }, false);
}

function adopt(
  response: Response,
  buffer: ArrayBuffer,
  options: BufferedResponseOptions,
  origin: Origin | undefined,
  native: boolean,
): BufferedResponse {
  states.set(response, {
    buffer,
    text: options.text,
    json: options.json,
    onClone: options.onClone,
    origin,
    native,
    taken: false,
    streamed: undefined,
    spent: undefined,
    copiedHeaders: undefined,
  });
  return Object.setPrototypeOf(response, BufferedResponse.prototype) as BufferedResponse;
}

/**
 * Whether this runtime has APIs that take a response's body natively, past its JavaScript methods:
 * `Deno.serve`, `Bun.serve`, and `Cache.put` or `respondWith` in browsers and workers. Node has
 * none, so only there may a response whose body was read be made readable again in place.
 */
function hasNativeConsumers(): boolean {
  const versions = (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions;
  return typeof versions?.node !== 'string' || 'Deno' in globalThis || 'Bun' in globalThis;
}

const rebuilt: boolean = hasNativeConsumers();

/**
 * Makes `response`, whose body was read whole into `buffer`, readable again as a
 * {@link BufferedResponse} over the buffer.
 *
 * On Node a response of its own `Response` class becomes one in place: building a new `Response`
 * would cost a stream and a copy of the headers on every request, more than everything else an
 * adapter adds to a fast success. Any other response there (a subclass, or another implementation's,
 * such as undici's from npm, whose internals Node's `Response` methods cannot read) gets a stand-in
 * with its status, headers, URL, type and redirect flag. Both answer reads from the buffer.
 *
 * Where native APIs read a response's body past its methods (Deno, Bun, browsers, workers), the
 * stand-in holds the bytes as its real body and every read goes through it, so a response handed
 * to `Deno.serve` or `cache.put` still carries its whole body.
 *
 * @param response - The response whose body was read; changed in place and returned when it can be.
 * @param buffer - The whole body, as read from `response`.
 * @param options - What was already made of the body, and what must follow a clone.
 */
export function bufferResponse(
  response: Response,
  buffer: ArrayBuffer,
  options: BufferedResponseOptions = {},
): BufferedResponse {
  if (rebuilt) return adopt(standIn(response, buffer), buffer, options, originOf(response), true);
  if (Object.getPrototypeOf(response) === Response.prototype)
    return adopt(response, buffer, options, undefined, false);
  return adopt(standIn(response, null), buffer, options, originOf(response), false);
}

/** A `Response` of this runtime with the status and headers of `response`, over `body`. */
function standIn(response: Response, body: ArrayBuffer | null): Response {
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

function originOf(response: Response): Origin {
  return { url: response.url, redirected: response.redirected, type: response.type };
}
