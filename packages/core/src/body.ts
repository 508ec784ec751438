/** The shape a response body turned out to have. */
export type BodyFormat = 'empty' | 'json' | 'xml' | 'html' | 'text';

/** A response body, read without ever throwing. */
export interface ParsedBody {
  /** What the body turned out to be, by its content more than by its `content-type`. */
  readonly format: BodyFormat;
  /** The parsed JSON value, for `json` bodies. */
  readonly json?: unknown;
  /**
   * The text, cut to its first `maxBodyBytes` for huge bodies (characters of a string body, bytes
   * of a binary one); empty for pre-parsed input.
   */
  readonly text: string;
  /** The body was larger than the parse bound: only its head was read. */
  readonly truncated: boolean;
}

/**
 * The parse bound, 1 MiB (1 048 576): a larger body is cut to this and not parsed as JSON, since
 * error bodies are small and a 50 MB body must not stall us. A string body is measured in
 * characters (its `length`, UTF-16 code units), so non-ASCII text can be up to about 3 MiB of UTF-8;
 * bytes (`Uint8Array`, `ArrayBuffer`, other views) are measured in bytes.
 */
export const maxBodyBytes: number = 1024 * 1024;

const empty: ParsedBody = { format: 'empty', text: '', truncated: false };

let decoder: TextDecoder | undefined;

function fromBytes(bytes: Uint8Array): ParsedBody {
  const truncated = bytes.byteLength > maxBodyBytes;
  const head = truncated ? bytes.subarray(0, maxBodyBytes) : bytes;
  decoder ??= new TextDecoder('utf-8', { fatal: false });
  return fromText(decoder.decode(head), truncated);
}

/** The format of text that is not JSON, from its first non-blank character (`first`). */
function formatOf(text: string, first: string | undefined): BodyFormat {
  if (first === undefined) return 'empty';
  if (first !== '<') return 'text';
  const start = text.trimStart().slice(0, 64).toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') ? 'html' : 'xml';
}

/** The first non-blank character, without trimming a copy in the usual case of none. */
function firstOf(text: string): string | undefined {
  const code = text.charCodeAt(0);
  if (code === 123) return '{';
  if (code === 91) return '[';
  return text.trimStart()[0];
}

/** Whether the API could have sent this body: JSON (whole or cut off) or XML, never a page or prose. */
export function isApiShaped(body: ParsedBody): boolean {
  return body.format === 'json' || body.format === 'xml' || (body.format === 'text' && meantAsJson(body));
}

/** Whether a body that did not parse was meant as JSON: cut off or broken, rather than text or markup. */
export function meantAsJson(body: ParsedBody): boolean {
  const first = firstOf(body.text);
  return first === '{' || first === '[';
}

function fromText(text: string, truncated: boolean): ParsedBody {
  const first = firstOf(text);
  if (!truncated && (first === '{' || first === '[')) {
    try {
      return { format: 'json', json: JSON.parse(text), text, truncated };
    } catch {
      return { format: 'text', text, truncated };
    }
  }
  return { format: formatOf(text, first), text, truncated };
}

/**
 * Reads a body given as text, bytes, or an already parsed value. JSON is parsed only when it
 * fits the bound; invalid or truncated JSON stays text so codes can still be salvaged from it.
 */
export function parseBody(body: unknown): ParsedBody {
  return readBody(body) ?? { format: 'json', json: body, text: '', truncated: false };
}

/**
 * `parseBody`, but `undefined` for a body given already parsed, which is then used as it is:
 * classify takes that path on every pre-parsed response, and needs no object to hold the value.
 */
export function readBody(body: unknown): ParsedBody | undefined {
  try {
    if (body === undefined || body === null) return empty;
    if (typeof body === 'string') {
      // A byte order mark is not JSON, and text read from bytes by a decoder that keeps it (Node's
      // `buffer.toString()`) still starts with one: dropped, as `Response.text()` drops it.
      const text = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
      const truncated = text.length > maxBodyBytes;
      return fromText(truncated ? text.slice(0, maxBodyBytes) : text, truncated);
    }
    if (body instanceof Uint8Array) return fromBytes(body);
    if (body instanceof ArrayBuffer) return fromBytes(new Uint8Array(body));
    if (ArrayBuffer.isView(body)) {
      return fromBytes(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
    }
    return undefined;
  } catch {
    return empty;
  }
}
