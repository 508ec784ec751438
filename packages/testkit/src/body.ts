/** A response body: text is sent as UTF-8, bytes exactly as given (so they need not be valid UTF-8). */
export type Body = string | Uint8Array;

/**
 * Part of `body`, from `start` up to (not including) `end`. Text is cut between UTF-16 code units
 * and bytes between bytes, so a text body stays the text it was and a byte body is cut where asked.
 */
export function sliceBody(body: Body, start: number, end: number): Body {
  return typeof body === 'string' ? body.slice(start, end) : body.subarray(start, end);
}

/** The first half of `body` (rounded down), by the units `sliceBody` cuts. */
export function firstHalf(body: Body): Body {
  return sliceBody(body, 0, Math.floor(body.length / 2));
}
