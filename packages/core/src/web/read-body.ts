import { maxBodyBytes } from '../body.ts';
import type { Classification } from '../classification.ts';
import { type BodyReadings, bufferResponse, type CloneHook, decodeUtf8 } from './buffered-response.ts';
import type { ResponseStore } from './response-store.ts';

/** A body read for classification: the bytes, what `classify` gets, and what was made of them. */
export interface ReadBody extends BodyReadings {
  /** The whole body. */
  readonly buffer: ArrayBuffer;
  /** The parsed JSON, else the text, else (too large for core to parse) the bytes. */
  readonly body: unknown;
}

/** The first non-blank character opens an object or an array: the only text core parses as JSON. */
function opensJson(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code === 123 || code === 91) return true;
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}

/**
 * Decodes and parses the body once, exactly as core would from the bytes, so that the next read
 * (the HTTP client's `.text()` or the caller's `.json()`) can reuse the result instead of doing the
 * same work again.
 */
export function interpret(buffer: ArrayBuffer): ReadBody {
  const bytes = new Uint8Array(buffer);
  // Core reads only the head of a larger body, and takes a 2xx that large for data: let it.
  if (bytes.byteLength > maxBodyBytes) return { buffer, body: bytes };
  const text = decodeUtf8(bytes);
  if (!opensJson(text)) return { buffer, body: text, text };
  try {
    const value: unknown = JSON.parse(text);
    return { buffer, body: value, text, json: { value } };
  } catch {
    return { buffer, body: text, text };
  }
}

/** Statuses whose responses have no body, so reading them consumed nothing. */
const nullBodyStatuses: ReadonlySet<number> = new Set([204, 205, 304]);

/**
 * The response to hand on in place of one whose body was read, so the HTTP client and the caller
 * can still read it: the same response, made readable again over the buffer (see
 * `BufferedResponse`). Only the classification's `problems` are read (a plain success, which is
 * not classified, passes `{ problems: [] }`): when there are none, the caller's first `.json()`
 * gets the value classification parsed instead of parsing again.
 *
 * `follow` is a hook run for every clone made of it, or the store that will keep a value for it:
 * its values then follow clones, and its slot is put on the response before the response is
 * reshaped, since a field added after that costs V8 a slow property addition on every request.
 */
export function handOut(
  original: Response,
  read: ReadBody,
  classification: Pick<Classification, 'problems'>,
  follow?: CloneHook | ResponseStore<unknown>,
): Response {
  // Opaque (status 0) responses carry no body to protect; null-body ones (statuses, HEAD) were never consumed.
  if (original.status < 200 || nullBodyStatuses.has(original.status)) return original;
  if (read.buffer.byteLength === 0 && original.body === null) return original;
  // Problems refer into the parsed body: the caller, who may change what `.json()` gives, gets a fresh parse.
  const json = classification.problems.length === 0 ? read.json : undefined;
  let onClone: CloneHook | undefined;
  if (typeof follow === 'function') onClone = follow;
  else if (follow !== undefined) {
    follow.reserve(original);
    onClone = follow.carry;
  }
  return bufferResponse(original, read.buffer, { text: read.text, json, onClone });
}
