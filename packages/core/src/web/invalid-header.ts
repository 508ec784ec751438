/** How undici words a refused header value; the value itself sits between the quotes. */
const refusedValue = /"[\s\S]*?" is an invalid header value/;

/**
 * The caller's own mistake, as fetch reported it, without the header value it quotes: a value fetch
 * refuses (a stray newline, say) is most often a credential pasted with its line break, and this
 * error is thrown to the caller's logs like any other. Anything else is returned as it is.
 *
 * @example
 * ```ts
 * try {
 *   new Headers({ authorization: 'Bearer abc\ndef' });
 * } catch (error) {
 *   withoutHeaderValue(error); // TypeError: Headers.append: a header value is invalid (not shown: it may hold a credential).
 * }
 * ```
 */
export function withoutHeaderValue(error: unknown): unknown {
  if (!(error instanceof TypeError) || !refusedValue.test(error.message)) return error;
  return new TypeError(
    error.message.replace(refusedValue, 'a header value is invalid (not shown: it may hold a credential)'),
  );
}
