/** Statuses whose responses must be constructed without a body. */
const nullBodyStatuses: ReadonlySet<number> = new Set([204, 205, 304]);

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
 * original (its classification, say). The copy is a `BufferedResponse` when the body was still
 * buffered, else a plain `Response` from `Response#clone`.
 */
export type CloneHook = (copy: Response, original: Response) => void;

/** How a `BufferedResponse` is built. */
export interface BufferedResponseOptions extends BodyReadings {
  /** Runs after each `clone()`; copies made over the buffer keep it for their own clones. */
  readonly onClone?: CloneHook | undefined;
}

/** The buffered body, taken by the one read that consumes it. */
interface Taken extends BodyReadings {
  readonly buffer: ArrayBuffer;
}

/**
 * A response over a body already read for classification: a real `Response` built from the same
 * bytes, status, status text, headers, URL, type and redirect flag, so `.body`, `.blob()`,
 * `clone()` and anything that consumes a response natively (a server handler returning it, a
 * cache) get the whole body. `json()`, `text()`, `arrayBuffer()` and `bytes()` answer from what
 * classification read, decoded and parsed, instead of reading the copy through a stream and
 * parsing it again: on a small JSON answer that second pass costs more than every decision the
 * adapter makes. The body is still consumed once, as on any response: after the first read
 * `bodyUsed` is true, and a second read, `clone()` or `.body` behave as after any other read.
 */
export class BufferedResponse extends Response {
  readonly #url: string;
  readonly #redirected: boolean;
  readonly #type: ResponseType;
  readonly #onClone: CloneHook | undefined;
  /** `undefined` once taken, and for null-body statuses (the inherited methods handle those). */
  #taken: Taken | undefined;
  /** `.body` has been handed out: whoever holds it may have locked or read it. */
  #exposed = false;
  /** A read was answered from the buffer, leaving the stream underneath untouched. */
  #consumed = false;
  /** That stream has since been locked, as a read through it would have left it. */
  #settled = false;

  /**
   * @param original - The response whose body was read; its status, headers, URL, type and
   *   redirect flag are carried over.
   * @param buffer - The whole body, as read from `original`.
   * @param options - What was already made of the body, and what must follow a clone.
   */
  constructor(original: Response, buffer: ArrayBuffer, options: BufferedResponseOptions = {}) {
    const empty = nullBodyStatuses.has(original.status);
    super(empty ? null : buffer, {
      status: original.status,
      statusText: original.statusText,
      headers: original.headers,
    });
    this.#url = original.url;
    this.#redirected = original.redirected;
    this.#type = original.type;
    this.#onClone = options.onClone;
    this.#taken = empty ? undefined : { buffer, text: options.text, json: options.json };
  }

  override get url(): string {
    return this.#url;
  }

  override get redirected(): boolean {
    return this.#redirected;
  }

  override get type(): ResponseType {
    return this.#type;
  }

  override get bodyUsed(): boolean {
    return this.#consumed || super.bodyUsed;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    this.#settle();
    this.#exposed = true;
    return super.body;
  }

  /**
   * After a read answered from the buffer, locks the stream underneath, so that whatever reaches
   * the body through `Response` itself finds it used. Done only then: locking on every read costs
   * a noticeable share of what answering from the buffer saves.
   */
  #settle(): void {
    if (!this.#consumed || this.#settled) return;
    this.#settled = true;
    super.body?.getReader();
  }

  /** The buffered body, unless the body was consumed or locked already; consumes it. */
  #take(): Taken | undefined {
    const taken = this.#taken;
    this.#taken = undefined;
    if (taken === undefined) return undefined;
    // Only code holding `.body` can lock or read the stream: until it is handed out, skip asking.
    if (this.#exposed) {
      const stream = super.body;
      if (stream === null || stream.locked || super.bodyUsed) return undefined;
    }
    this.#consumed = true;
    return taken;
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    const taken = this.#take();
    if (taken !== undefined) return taken.buffer;
    this.#settle();
    return super.arrayBuffer();
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    const taken = this.#take();
    if (taken !== undefined) return new Uint8Array(taken.buffer);
    this.#settle();
    return super.bytes();
  }

  override async text(): Promise<string> {
    const taken = this.#take();
    if (taken !== undefined) return taken.text ?? decodeUtf8(new Uint8Array(taken.buffer));
    this.#settle();
    return super.text();
  }

  override async json(): Promise<unknown> {
    const taken = this.#take();
    if (taken !== undefined) {
      if (taken.json !== undefined) return taken.json.value;
      return JSON.parse(taken.text ?? decodeUtf8(new Uint8Array(taken.buffer)));
    }
    this.#settle();
    return super.json();
  }

  override async blob(): Promise<Blob> {
    this.#taken = undefined;
    this.#settle();
    return super.blob();
  }

  override async formData(): Promise<FormData> {
    this.#taken = undefined;
    this.#settle();
    return super.formData();
  }

  /** A copy over its own bytes (cheaper than the stream tee of `Response#clone`), passed to `onClone`. */
  override clone(): Response {
    this.#settle();
    const taken = this.#taken;
    let copy: Response;
    if (taken === undefined || super.bodyUsed || super.body?.locked) {
      // Throws for a used body, as `Response#clone` does; copies null-body responses.
      copy = super.clone();
    } else {
      copy = new BufferedResponse(this, taken.buffer.slice(0), { text: taken.text, onClone: this.#onClone });
    }
    this.#onClone?.(copy, this);
    return copy;
  }
}
