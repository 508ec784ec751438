/** A response body: text is sent as UTF-8, bytes exactly as given (so they need not be valid UTF-8). */
export type Body = string | Uint8Array;

/** `body` as the bytes that go on the wire for it. */
export function bytesOf(body: Body): Uint8Array {
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
}

/**
 * The first `share` of `body`'s bytes as sent (rounded down, at least `least`). Bytes, not
 * characters: a cut inside a character sends only its first bytes, as a broken connection does,
 * so what arrives is always a prefix of the whole body.
 */
export function leadingBytes(body: Body, share: number, least = 0): Uint8Array {
  const bytes = bytesOf(body);
  return bytes.subarray(0, Math.max(least, Math.floor(bytes.length * share)));
}

/** The first half of `body`'s bytes (rounded down). */
export function firstHalf(body: Body): Uint8Array {
  return leadingBytes(body, 0.5);
}
