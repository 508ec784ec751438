import type { HeadersLike } from './classification.ts';

/** Reads one header, case-insensitively, from a `Headers` object or a plain record. */
export type HeaderReader = (name: string) => string | undefined;

/**
 * One accessor over every header container users hand us, so nothing downstream cares which
 * HTTP stack produced the response. Never throws: a hostile container reads as empty.
 */
export function readHeaders(headers: HeadersLike | undefined): HeaderReader {
  if (headers == null || typeof headers !== 'object') return () => undefined;
  if (typeof (headers as { get?: unknown }).get === 'function') {
    const container = headers as { get(name: string): string | null };
    return (name) => {
      try {
        return container.get(name) ?? undefined;
      } catch {
        return undefined;
      }
    };
  }
  const lowered = new Map<string, string>();
  for (const key of Object.keys(headers)) {
    const value = (headers as Record<string, unknown>)[key];
    if (value == null) continue;
    lowered.set(key.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
  }
  return (name) => lowered.get(name.toLowerCase());
}
