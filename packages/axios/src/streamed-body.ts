import { maxBodyBytes } from '@xapi-errors/core';
import type { AttemptResult } from './attempt-result.ts';

/** A web `ReadableStream`, as far as reading it goes. */
export interface ReaderSource {
  getReader(): ReadableStreamDefaultReader<unknown>;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function'
  );
}

function isReaderSource(value: unknown): value is ReaderSource {
  return (
    typeof value === 'object' && value !== null && typeof (value as ReaderSource).getReader === 'function'
  );
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

/**
 * Whether axios handed over the body unread (`responseType: 'stream'` gives a Node stream or a web
 * `ReadableStream`, `'blob'` a `Blob`): such a body is neither classifiable nor safe to keep, since a
 * Node response stream points back at the request and its headers.
 */
export function isUnreadBody(data: unknown): boolean {
  return isAsyncIterable(data) || isReaderSource(data) || isBlob(data);
}

async function* readerChunks(source: ReaderSource): AsyncGenerator<unknown> {
  const reader = source.getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * The chunks of a stream, a Node one or a web `ReadableStream` (which not every runtime makes
 * async-iterable); leaving the loop early closes the stream.
 */
export function chunksOf(stream: AsyncIterable<unknown> | ReaderSource): AsyncIterable<unknown> {
  return isAsyncIterable(stream) ? stream : readerChunks(stream);
}

/** The text of a streamed body, up to the bound core parses; leaving the loop early closes the stream. */
async function text(data: unknown): Promise<string> {
  if (isBlob(data)) return data.slice(0, maxBodyBytes).text();
  const chunks = chunksOf(data as AsyncIterable<unknown> | ReaderSource);
  const decoder = new TextDecoder();
  let read = '';
  let bytes = 0;
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      read += chunk;
      bytes += chunk.length;
    } else if (chunk instanceof Uint8Array) {
      read += decoder.decode(chunk, { stream: true });
      bytes += chunk.byteLength;
    }
    if (bytes >= maxBodyBytes) break;
  }
  return read + decoder.decode();
}

/** Whether an attempt is an error answer whose body axios left unread (see {@link readStreamedErrorBody}). */
export function hasUnreadErrorBody(result: AttemptResult): boolean {
  const { response } = result;
  return (
    response !== undefined && (response.status < 200 || response.status >= 300) && isUnreadBody(response.data)
  );
}

/**
 * An error answer's body read to text when axios left it unread, so core can classify it by its
 * problem type and the stream does not hold the connection. The response object is updated in
 * place, which the `AxiosError` shares; a body that fails halfway through becomes `undefined`.
 */
export async function readStreamedErrorBody(result: AttemptResult): Promise<AttemptResult> {
  const { response } = result;
  if (!response || !hasUnreadErrorBody(result)) return result;
  try {
    response.data = await text(response.data);
  } catch {
    response.data = undefined;
  }
  return result;
}
