import { untilAborted } from '@xapi-errors/core/web';
import { AxiosError, type InternalAxiosRequestConfig, isAxiosError } from 'axios';
import { chunksOf, type ReaderSource } from './streamed-body.ts';

/**
 * How a request's body can be sent on every attempt. axios serialises a retry's body afresh from
 * the data in its config, which gives the same bytes for everything but a one-shot stream: read by
 * the first attempt, it would give a retry an empty body.
 *
 * - `reusable`: anything axios can serialise again (objects, strings, bytes, `Blob`, `FormData`,
 *   `URLSearchParams`).
 * - `buffer`: a Node `Readable` (or any async-iterable Node stream) or a web `ReadableStream`, to be
 *   read into memory once, before the first attempt.
 * - `once`: a one-shot stream that cannot be read here: a classic Node stream that only pipes (such
 *   as a `form-data` form, whose headers come from the stream itself), or a web stream someone else
 *   is already reading. It is sent as axios would send it, and never retried.
 */
export type BodyResend = 'reusable' | 'buffer' | 'once';

/** A web `ReadableStream`, told by its tag as axios tells one, so a stream from another realm counts. */
function isWebStream(data: unknown): data is ReaderSource & { readonly locked: boolean } {
  return Object.prototype.toString.call(data) === '[object ReadableStream]';
}

/** A Node stream, told as axios tells one: it can `pipe`. */
function isNodeStream(data: unknown): data is { readonly pipe: unknown } {
  return typeof data === 'object' && data !== null && typeof (data as { pipe?: unknown }).pipe === 'function';
}

/** How the body `data` can be sent on every attempt (see {@link BodyResend}). */
export function bodyResend(data: unknown): BodyResend {
  if (typeof data !== 'object' || data === null) return 'reusable';
  if (isWebStream(data)) return data.locked ? 'once' : 'buffer';
  if (!isNodeStream(data)) return 'reusable';
  return Symbol.asyncIterator in data ? 'buffer' : 'once';
}

/** A chunk as the bytes Node's `http` would write for it: strings as UTF-8, views as their bytes. */
function bytesOf(chunk: unknown, encoder: TextEncoder): Uint8Array | undefined {
  if (typeof chunk === 'string') return encoder.encode(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  return undefined;
}

/**
 * Reads a one-shot stream body (`bodyResend(config.data) === 'buffer'`) into an `ArrayBuffer` and
 * puts it in `config.data`: axios sends an `ArrayBuffer` as it is, from every adapter, so each
 * attempt sends these same bytes (with a `Content-Length` now that their length is known). Fails
 * as axios fails for a stream body: with axios's error when it outgrows `maxBodyLength`, with the
 * stream's error wrapped in an `AxiosError` when it breaks; and with the abort reason as soon as the
 * caller's signal aborts, even while the stream gives nothing.
 */
export async function bufferBody(config: InternalAxiosRequestConfig): Promise<InternalAxiosRequestConfig> {
  const signal = config.signal instanceof AbortSignal ? config.signal : undefined;
  // The abort is watched apart from the chunks: a stream that stalls gives no chunk to check it at.
  const { parts, length } = await untilAborted(readParts(config, signal), signal);
  const body = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.byteLength;
  }
  config.data = body.buffer;
  return config;
}

/** The stream body's chunks as bytes, failing as axios fails (see {@link bufferBody}). */
async function readParts(
  config: InternalAxiosRequestConfig,
  signal: AbortSignal | undefined,
): Promise<{ readonly parts: Uint8Array[]; readonly length: number }> {
  const limit = config.maxBodyLength ?? -1;
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let length = 0;
  try {
    for await (const chunk of chunksOf(config.data as AsyncIterable<unknown> | ReaderSource)) {
      signal?.throwIfAborted();
      const part = bytesOf(chunk, encoder);
      if (part === undefined)
        throw new AxiosError(
          'Request body stream gave a chunk that is not bytes or a string',
          AxiosError.ERR_BAD_REQUEST,
          config,
        );
      length += part.byteLength;
      if (limit > -1 && length > limit)
        throw new AxiosError(
          'Request body larger than maxBodyLength limit',
          AxiosError.ERR_BAD_REQUEST,
          config,
        );
      parts.push(part);
    }
  } catch (error) {
    if (isAxiosError(error) || (signal?.aborted && error === signal.reason)) throw error;
    throw AxiosError.from(error instanceof Error ? error : new Error(String(error)), undefined, config);
  }
  return { parts, length };
}
