/** The shape a response body turned out to have. */
export type BodyFormat = 'empty' | 'json' | 'xml' | 'html' | 'text';

/** A response body, read without ever throwing. */
export interface ParsedBody {
  readonly format: BodyFormat;
  /** The parsed JSON value, for `json` bodies. */
  readonly json?: unknown;
  /** The text (only the first `maxBodyBytes` of it for huge bodies); empty for pre-parsed input. */
  readonly text: string;
  /** The body was larger than the parse bound: only its head was read. */
  readonly truncated: boolean;
}

/** Bodies above this are not parsed: error bodies are small, and a 50 MB body must not stall us. */
export const maxBodyBytes: number = 1024 * 1024;

const empty: ParsedBody = { format: 'empty', text: '', truncated: false };

function decode(bytes: Uint8Array): { text: string; truncated: boolean } {
  const truncated = bytes.byteLength > maxBodyBytes;
  const head = truncated ? bytes.subarray(0, maxBodyBytes) : bytes;
  return { text: new TextDecoder('utf-8', { fatal: false }).decode(head), truncated };
}

function toText(body: unknown): { text: string; truncated: boolean } | undefined {
  if (typeof body === 'string') {
    return body.length > maxBodyBytes
      ? { text: body.slice(0, maxBodyBytes), truncated: true }
      : { text: body, truncated: false };
  }
  if (body instanceof Uint8Array) return decode(body);
  if (body instanceof ArrayBuffer) return decode(new Uint8Array(body));
  if (ArrayBuffer.isView(body)) return decode(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
  return undefined;
}

function formatOf(text: string): BodyFormat {
  const start = text.trimStart().slice(0, 64).toLowerCase();
  if (start === '') return 'empty';
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  if (start.startsWith('<')) return 'xml';
  return 'text';
}

/**
 * Reads a body given as text, bytes, or an already parsed value. JSON is parsed only when it
 * fits the bound; invalid or truncated JSON stays text so codes can still be salvaged from it.
 */
export function parseBody(body: unknown): ParsedBody {
  try {
    if (body === undefined || body === null) return empty;
    const raw = toText(body);
    if (!raw) return { format: 'json', json: body, text: '', truncated: false };
    const { text, truncated } = raw;
    const first = text.trimStart()[0];
    if (!truncated && (first === '{' || first === '[')) {
      try {
        return { format: 'json', json: JSON.parse(text), text, truncated };
      } catch {
        return { format: 'text', text, truncated };
      }
    }
    return { format: formatOf(text), text, truncated };
  } catch {
    return empty;
  }
}
