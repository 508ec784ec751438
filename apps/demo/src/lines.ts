import type { StreamItem } from './driver.ts';

/**
 * Splits a byte or text stream into lines without their `\r\n` / `\n` ending. X's stream ends every
 * message with `\r\n` and sends bare `\r\n` keep-alives, which come out as empty lines.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let pending = '';
  for await (const chunk of chunks) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let end = pending.indexOf('\n');
    while (end >= 0) {
      yield pending.slice(0, end).replace(/\r$/, '');
      pending = pending.slice(end + 1);
      end = pending.indexOf('\n');
    }
  }
  pending += decoder.decode();
  if (pending !== '') yield pending;
}

/** Raw lines as stream items, for the demo to classify with core. */
export async function* lineItems(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<StreamItem> {
  for await (const text of splitLines(chunks)) yield { type: 'line', text };
}

/** A web `ReadableStream` as an async iterable, for runtimes whose types lack the built-in one. */
export async function* readChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
