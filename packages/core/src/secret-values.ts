import type { HeadersLike } from './classification.ts';
import { eachHeader } from './redact-headers.ts';
import { credentialLike } from './redact-text.ts';
import { parseUrl } from './redact-url.ts';
import { isSecretHeader, isSecretParam, redacted } from './secret-names.ts';

/**
 * Shorter values are left alone, given or collected: replacing `1` or `abc` wherever it appears
 * would garble ordinary text, and no credential is that short.
 */
export const minSecretLength = 6;

/** Words of an `Authorization` value that name its scheme, not its credential. */
const schemes: ReadonlySet<string> = new Set(['bearer', 'basic', 'oauth', 'digest', 'token', 'apikey']);

/** Percent-decoded, never throwing on a malformed escape. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Adds a value and the spellings an echo may use: percent-decoded (X's app-only tokens come encoded) and encoded. */
function add(out: Set<string>, value: string | undefined): void {
  const trimmed = value?.trim().replace(/^"|"$/g, '');
  if (trimmed === undefined || trimmed.length < minSecretLength) return;
  out.add(trimmed);
  const plain = decoded(trimmed);
  if (plain.length >= minSecretLength) out.add(plain);
  out.add(encodeURIComponent(plain));
}

/** The password of a Basic credential (`user:password`, base64), which an API may echo decoded. */
function addBasic(out: Set<string>, encoded: string): void {
  try {
    const pair = atob(encoded);
    const colon = pair.indexOf(':');
    add(out, pair);
    if (colon !== -1) add(out, pair.slice(colon + 1));
  } catch {
    // Not base64: the value itself was added already.
  }
}

/**
 * A secret header's credentials: the whole value, and each word of it except scheme names; in a
 * `k=v` list the values of credential parameters (OAuth 1.0a's `oauth_token`, `oauth_signature`,
 * …, not its `HMAC-SHA1` or timestamp) and, in a cookie, whose names say nothing, every value that
 * reads as a credential (`auth_token`'s, `ct0`'s, not `lang=english`).
 */
function addHeaderValue(out: Set<string>, value: string, cookie: boolean): void {
  add(out, value);
  const words = value.split(/[\s,;]+/).filter((word) => word !== '');
  for (const [index, word] of words.entries()) {
    const equals = word.indexOf('=');
    // Base64 padding ends in `=`: such a word is a value, not a pair.
    if (equals === -1 || /^[^=]+=+$/.test(word)) {
      if (schemes.has(word.toLowerCase())) continue;
      add(out, word);
      if (words[index - 1]?.toLowerCase() === 'basic') addBasic(out, word);
      continue;
    }
    // The word after its scheme is the credential whole, `=` and all: X's app-only bearer tokens
    // hold a percent-encoded `=`, and decoded they only look like a pair.
    if (schemes.has(words[index - 1]?.toLowerCase() ?? '')) add(out, word);
    const name = word.slice(0, equals);
    const pairValue = word.slice(equals + 1).replace(/^"|"$/g, '');
    if (isSecretParam(name) || (cookie && credentialLike.test(pairValue))) add(out, pairValue);
  }
}

/** Values in the order scrubbing needs: longest first, so a shorter one inside a longer does not go first. */
export function longestFirst(values: Iterable<string>): string[] {
  return [...values].sort((a, b) => b.length - a.length);
}

/**
 * The credential values a URL carries (its credential query parameters and userinfo), as
 * {@link secretValues} reads them, in no particular order (see {@link longestFirst}); `classify`
 * scrubs them beside the `secrets` it is given. Never throws.
 */
export function urlSecretValues(url: string | URL): Set<string> {
  const out = new Set<string>();
  addUrl(out, url);
  return out;
}

function addUrl(out: Set<string>, url: string | URL): void {
  const parsed = parseUrl(String(url))?.url;
  if (parsed === undefined) return;
  add(out, parsed.username);
  add(out, parsed.password);
  for (const [name, value] of parsed.searchParams) if (isSecretParam(name)) add(out, value);
}

/**
 * The credential values a request carries: its secret headers (`Authorization`, Sorsa's `ApiKey`,
 * cookies, …, and each token inside them, a Basic password decoded), its credential query
 * parameters and its userinfo, each also percent-decoded and encoded; `also` adds values known
 * otherwise (axios's `auth` password, say). An adapter passes them to `classify` as `secrets`, so
 * that an API or a proxy echoing one back, in whatever words, does not put it in a problem or a
 * message. Values shorter than {@link minSecretLength} are left out. Never throws.
 */
export function secretValues(
  headers: HeadersLike | undefined,
  url?: string | URL,
  also: readonly (string | undefined)[] = [],
): string[] {
  const out = new Set<string>();
  try {
    if (headers != null && typeof headers === 'object') {
      eachHeader(headers, (name, value) => {
        if (isSecretHeader(name)) addHeaderValue(out, value, /cookie/i.test(name));
      });
    }
  } catch {
    // A header object that throws adds nothing more; the URL is still read.
  }
  if (url !== undefined) addUrl(out, url);
  for (const value of also) add(out, value);
  return longestFirst(out);
}

/** How much of a secret cut off at the end of a text still counts: less could be any word's start. */
const minTailLength = 4;

/**
 * `text` with every occurrence of each of `secrets` replaced, in the order given (see
 * `secretValues`), and the start of one cut off at the end of the text (bodies are shortened
 * before they become problem texts). Secrets shorter than {@link minSecretLength} are ignored.
 */
export function scrubValues(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < minSecretLength) continue;
    if (out.includes(secret)) out = out.split(secret).join(redacted);
    // Most texts end in nothing a secret contains: one search rules the cut-off case out.
    if (out.length < minTailLength || !secret.includes(out.slice(-minTailLength))) continue;
    for (let length = Math.min(secret.length - 1, out.length); length >= minTailLength; length--) {
      if (out.endsWith(secret.slice(0, length))) {
        out = out.slice(0, out.length - length) + redacted;
        break;
      }
    }
  }
  return out;
}
