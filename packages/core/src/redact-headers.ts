import { isSecretHeader, redacted } from './secret-names.ts';

/** A header container (`Headers`, a `Map`) rather than a plain record. */
export interface HeaderEntries {
  /** Calls `callback` with each header's value and name, as `Headers.forEach` does. */
  forEach(callback: (value: string, name: string) => void): void;
}

/**
 * Calls `visit` with each header of a record or of a container (`Headers`, a `Map`), arrays joined
 * as HTTP joins them; absent (`undefined`) values are skipped.
 */
export function eachHeader(
  headers: Readonly<Record<string, unknown>> | HeaderEntries,
  visit: (name: string, value: string) => void,
): void {
  if (typeof headers.forEach === 'function') {
    (headers as HeaderEntries).forEach((value, name) => {
      visit(name, value);
    });
    return;
  }
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) visit(name, Array.isArray(value) ? value.join(', ') : String(value));
  }
}

/** A copy of a header record (or a `Headers`/`Map`) with every credential replaced. */
export function redactHeaders(
  headers: Readonly<Record<string, string | readonly string[] | undefined>> | HeaderEntries,
): Record<string, string> {
  const out: Record<string, string> = {};
  eachHeader(headers, (name, value) => {
    out[name] = isSecretHeader(name) ? redacted : value;
  });
  return out;
}
