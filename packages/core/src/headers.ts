import type { HeadersLike } from './classification.ts';

/** Reads one header by its lower-case name from a `Headers` object or a plain record. */
export type HeaderReader = (name: string) => string | undefined;

function fromContainer(container: { get(name: string): string | null }): HeaderReader {
  return (name) => {
    try {
      return container.get(name) ?? undefined;
    } catch {
      return undefined;
    }
  };
}

const hasUpperCase = /[A-Z]/;

function valueOf(value: unknown): string | undefined {
  if (value == null) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * One accessor over every header container users hand us, so nothing downstream cares which
 * HTTP stack produced the response. Plain records are read in place when their names are already
 * lower-case (the common case on the hot path), and lower-cased once otherwise. Never throws: a
 * hostile container reads as empty.
 */
export function readHeaders(headers: HeadersLike | undefined): HeaderReader {
  if (headers == null || typeof headers !== 'object') return () => undefined;
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return fromContainer(headers as { get(name: string): string | null });
  }
  const record = headers as Readonly<Record<string, unknown>>;
  const keys = Object.keys(record);
  if (!keys.some((key) => hasUpperCase.test(key))) {
    // Header names never collide with Object.prototype members, so a plain read is safe here.
    return (name) => valueOf(record[name]);
  }
  const lowered = new Map<string, string>();
  for (const key of keys) {
    const value = valueOf(record[key]);
    if (value !== undefined) lowered.set(key.toLowerCase(), value);
  }
  return (name) => lowered.get(name);
}
