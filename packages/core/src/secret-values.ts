import type { HeadersLike } from './classification.ts';
import { isSecretHeader, isSecretParam } from './redact.ts';

/** Shorter values are left alone: replacing `1` or `abc` everywhere would garble ordinary text. */
const minSecretLength = 6;

function add(out: Set<string>, value: string | undefined): void {
  const trimmed = value?.trim().replace(/^"|"$/g, '');
  if (trimmed !== undefined && trimmed.length >= minSecretLength) out.add(trimmed);
}

/** A header value's credential parts: the whole value, each word of it, each `k=v` value inside it. */
function addHeaderValue(out: Set<string>, value: string): void {
  add(out, value);
  for (const part of value.split(/[\s,;]+/)) {
    const equals = part.indexOf('=');
    add(out, equals === -1 ? part : part.slice(equals + 1));
  }
}

/** A header container (`Headers`, a `Map`, Effect's record is plain) rather than a record. */
interface HeaderEntries {
  forEach(callback: (value: string, name: string) => void): void;
}

function eachHeader(headers: HeadersLike, visit: (name: string, value: string) => void): void {
  if (typeof (headers as Partial<HeaderEntries>).forEach === 'function') {
    (headers as unknown as HeaderEntries).forEach((value, name) => {
      visit(name, value);
    });
    return;
  }
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && value !== null)
      visit(name, Array.isArray(value) ? value.join(', ') : String(value));
  }
}

/**
 * The credential values a request carries: its secret headers (`Authorization`, Sorsa's `ApiKey`,
 * cookies, …, and each token inside them), its credential query parameters and its userinfo. An
 * adapter passes them to `classify` as `secrets`, so that an API or a proxy echoing one back, in
 * whatever words, does not put it in a problem or a message. Never throws.
 */
export function secretValues(headers: HeadersLike | undefined, url?: string | URL): string[] {
  const out = new Set<string>();
  try {
    if (headers != null && typeof headers === 'object') {
      eachHeader(headers, (name, value) => {
        if (isSecretHeader(name)) addHeaderValue(out, value);
      });
    }
    if (url !== undefined) {
      const parsed = new URL(String(url), 'http://relative.invalid/');
      add(out, decodeURIComponent(parsed.username));
      add(out, decodeURIComponent(parsed.password));
      for (const [name, value] of parsed.searchParams) if (isSecretParam(name)) add(out, value);
    }
  } catch {
    // What could be read is kept: a malformed URL or a throwing header object adds nothing more.
  }
  // Longest first: scrubbing a shorter value inside a longer one first would leave the rest of it.
  return [...out].sort((a, b) => b.length - a.length);
}

/** `text` with every occurrence of each of `secrets` replaced, in the order given (see `secretValues`). */
export function scrubValues(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join('[REDACTED]');
  return out;
}
