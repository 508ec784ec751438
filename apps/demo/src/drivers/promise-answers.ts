import { isXApiError } from '@xapi-errors/core';
import type { Answer, OpenStream } from '../driver.ts';
import { lineItems, readChunks } from '../lines.ts';

/**
 * What a promise adapter's rejection answers: an `XApiError`'s classification. Anything else is a
 * fault of the demo itself and is thrown on.
 */
export function errorAnswer(error: unknown): Answer {
  if (isXApiError(error)) return { type: 'error', classification: error.classification };
  throw error;
}

/** A streaming response's web body as the demo's line items, closed by aborting its request. */
export function webStream(body: ReadableStream<Uint8Array> | null, controller: AbortController): OpenStream {
  if (!body) throw new Error('the stream response has no body');
  return { items: lineItems(readChunks(body)), close: () => controller.abort() };
}
