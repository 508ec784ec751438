/** How far a chain of causes is followed: Node prints each one, and a cycle must end somewhere. */
const maxCauses = 5;

/**
 * An error and its causes (`error.cause`, that one's cause, …), at most five, stopping at the
 * first that is not an object: where a failure's code or a credential may sit. Never throws: a
 * `cause` getter that throws ends the chain.
 */
export function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  while (typeof current === 'object' && current !== null && chain.length < maxCauses) {
    chain.push(current);
    try {
      current = (current as { cause?: unknown }).cause;
    } catch {
      break;
    }
  }
  return chain;
}

/**
 * The codes along an error's cause chain (`ECONNREFUSED`, `UND_ERR_SOCKET`, …), outermost first,
 * empty ones left out: fetch wraps the socket's code in a `TypeError` that says only "fetch
 * failed", where axios puts it on its own error.
 */
export function causeCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (const current of causeChain(error)) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') codes.push(code);
  }
  return codes;
}
