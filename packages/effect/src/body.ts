import { Effect, Option } from 'effect';
import { HttpClientError, HttpClientResponse } from 'effect/http';

const decoder = new TextDecoder();

/** All the bytes of a body as text, decoded as `HttpClientResponse.text` does (UTF-8, BOM dropped). */
async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  if (chunks.length <= 1) return chunks.length === 0 ? '' : decoder.decode(chunks[0]);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decoder.decode(bytes);
}

/**
 * The body of a response as text (see `bodyText`). An error response whose body breaks off or does
 * not decode reads as empty.
 */
export function textOf(
  response: HttpClientResponse.HttpClientResponse,
): Effect.Effect<string, HttpClientError.HttpClientError> {
  const text = bodyText(response);
  // An error status still tells what happened, and when to retry, without its body (cut off, or
  // not decoding as its content-encoding says); a 2xx's data is lost.
  if (response.status >= 200 && response.status < 300) return text;
  return Effect.catchTag(text, 'HttpClientError', () => Effect.succeed(''));
}

/**
 * A fetch-backed response is read straight from its Web body, which costs a fraction of
 * `response.text` (a cached effect run in a fiber of its own, and a new decoder, per response);
 * interrupting the read cancels the body, which closes the connection as `response.text` does by
 * aborting the request. Other backends, a body already taken, and a request streaming its own body
 * (whose upload `response.text` stops once the response is read) go through `response.text`.
 */
function bodyText(
  response: HttpClientResponse.HttpClientResponse,
): Effect.Effect<string, HttpClientError.HttpClientError> {
  if (response.request.body._tag === 'Stream') return response.text;
  const source = Option.getOrUndefined(HttpClientResponse.toWeb(response));
  if (source === undefined || source.bodyUsed || source.body?.locked) return response.text;
  const body = source.body;
  if (body === null) return Effect.succeed('');
  return Effect.callback<string, HttpClientError.HttpClientError>((resume) => {
    const reader = body.getReader();
    readAll(reader).then(
      (text) => resume(Effect.succeed(text)),
      (cause: unknown) =>
        resume(
          Effect.fail(
            new HttpClientError.HttpClientError({
              reason: new HttpClientError.DecodeError({ request: response.request, response, cause }),
            }),
          ),
        ),
    );
    return Effect.sync(() => {
      reader.cancel().catch(() => undefined);
    });
  });
}
