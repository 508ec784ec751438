/** Header names whose values are credentials. */
export const secretHeaders: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'authentication',
  'apikey',
  'api-key',
  'x-api-key',
  'x-api-token',
  'x-access-token',
  'x-auth-token',
  'x-csrf-token',
  'x-xsrf-token',
  'x-guest-token',
  'cookie',
  'set-cookie',
]);

/** URL and OAuth parameters whose values are credentials. */
export const secretParams: ReadonlySet<string> = new Set([
  'oauth_token',
  'oauth_token_secret',
  'oauth_signature',
  'oauth_consumer_key',
  'oauth_verifier',
  'oauth_nonce',
  'access_token',
  'access_token_secret',
  'refresh_token',
  'id_token',
  'auth_token',
  'bearer_token',
  'client_secret',
  'client_id',
  'consumer_secret',
  'code',
  'code_verifier',
  'token',
  'api_key',
  'api-key',
  'apikey',
  'x-api-key',
  'key',
  'secret',
  'signature',
  'sig',
  'password',
  'jwt',
  'api_secret',
  'consumer_key',
  'session_token',
  'csrf_token',
  'guest_token',
  'authorization',
  'auth',
  'bearer',
  'session',
  'sessionid',
  'pass',
  'passwd',
  'private_key',
  'client_assertion',
]);

/** What every secret is replaced with. */
export const redacted = '[REDACTED]';

/** Whether a header carries a credential (names compared trimmed and in any case). */
export function isSecretHeader(name: string): boolean {
  return secretHeaders.has(name.trim().toLowerCase());
}

/**
 * Whether a URL or form parameter carries a credential, whatever its case and separators
 * (`accessToken` is `access_token`). Serialisers nest names (axios sends `access_token[]=…` for an
 * array and `oauth[token]=…` for an object), so each bracketed part counts.
 */
export function isSecretParam(name: string): boolean {
  // Errors name the same few parameters over and over (`ids`, `query`): answer those from memory.
  let known = paramVerdicts.get(name);
  if (known === undefined) {
    known = judgeParam(name);
    if (paramVerdicts.size >= maxParamVerdicts) paramVerdicts.clear();
    paramVerdicts.set(name, known);
  }
  return known;
}

const paramVerdicts = new Map<string, boolean>();
const maxParamVerdicts = 256;

function judgeParam(name: string): boolean {
  const lower = name.trim().toLowerCase();
  if (secretParams.has(lower) || spelledParams.has(spelling(lower))) return true;
  if (!lower.includes('[')) return false;
  return lower.split(/[[\]]+/).some((part) => spelledParams.has(spelling(part.trim())));
}

/** A name without its separators: `accessToken`, `access-token` and `ACCESS_TOKEN` are one name. */
function spelling(lower: string): string {
  return lower.replace(/[-_]/g, '');
}

const spelledParams: ReadonlySet<string> = new Set([...secretParams].map(spelling));

/**
 * What {@link isSecretParam} matches, as one pattern, for tools that take names as patterns
 * (Effect's `UrlParams.CurrentRedactedNames`): any case, any `-`/`_` separators (`accessToken` is
 * `access_token`), and any bracketed part of a nested name (`access_token[]`, `oauth[token]`).
 */
export const secretParamPattern: RegExp = (() => {
  const names = [...spelledParams].map((spelled) =>
    [...spelled].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[-_]*'),
  );
  return new RegExp(String.raw`(?:^|[[\]])\s*[-_]*(?:${names.join('|')})[-_]*\s*(?:[[\]]|$)`, 'i');
})();

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

/** Stands in for the origin of a relative URL while it is parsed. */
const placeholderOrigin = 'http://relative.invalid';

/** `text` as a URL, absolute or else relative to a placeholder origin; `undefined` when it is neither. */
export function parseUrl(text: string): { url: URL; relative: boolean } | undefined {
  try {
    return { url: new URL(text), relative: false };
  } catch {
    try {
      return { url: new URL(text, `${placeholderOrigin}/`), relative: true };
    } catch {
      return undefined;
    }
  }
}

/**
 * A URL with userinfo, credential parameters and the fragment replaced; relative URLs too. The
 * value of any other parameter is scrubbed as text, since a URL nested in a parameter can carry a
 * credential of its own. The fragment, never sent, is dropped: OAuth's implicit flow puts tokens there.
 */
export function redactUrl(url: string | URL): string {
  const text = String(url);
  const found = parseUrl(text);
  // Unparsed, a URL may still hold userinfo, its password perhaps with a `/` that stopped the parser.
  if (found === undefined)
    return redactText(text).replace(/^(\s*(?:[a-z][a-z\d+.-]*:)?\/\/)\S*@/i, '$1REDACTED@');
  const { url: parsed, relative } = found;
  if (parsed.username) parsed.username = 'REDACTED';
  if (parsed.password) parsed.password = 'REDACTED';
  parsed.hash = '';
  let changed = false;
  const params = [...parsed.searchParams].map(([name, value]): [string, string] => {
    const scrubbed = isSecretParam(name) ? redacted : redactText(value);
    if (scrubbed !== value) changed = true;
    return [name, scrubbed];
  });
  // One assignment: each `searchParams.set` reserialises the whole URL, quadratic over many parameters.
  if (changed) parsed.search = new URLSearchParams(params).toString();
  const out = parsed.href.replaceAll(encodeURIComponent(redacted), redacted);
  if (!relative || !out.startsWith(placeholderOrigin)) return out;
  const path = out.slice(placeholderOrigin.length);
  return text.startsWith('/') ? path : path.slice(1);
}

/** What sets a credential apart from a word: a digit, a `+/=%`, or a capital inside (case-sensitive). */
const credentialMark = '[0-9+/=%]|[a-z][A-Z]';

/** Whether a value holds {@link credentialMark}: reads as a credential rather than a word. */
export const credentialLike: RegExp = new RegExp(credentialMark);

/** A run of token characters, eight or more, that reads as a credential. */
const tokenLike = `(?=[A-Za-z0-9._~+/=%-]*(?:${credentialMark}))[A-Za-z0-9._~+/=%-]{8,}`;

/**
 * A quoted or bare value after `name=` or `name:`. A double-quoted one may be cut off by the end of
 * the text (a JSON body cut short); a lone `'` is more often an apostrophe in prose than a quote.
 */
const anyValue = String.raw`("(?:[^"\\]|\\.)*(?:"|$)|'[^']*'|[^&\s,;"'}]+)`;

/** Parameter names scrubbed after `=` in text; `code` and `key` only there, as `code: 88` is prose. */
const namePattern = (name: string): string => name.replace(/[-_]/g, '[-_]?');
/**
 * An OAuth authorization code is a long random string; `code=503` is a status in prose (a proxy's
 * "upstream code=503"), so a short number after `code=` stays.
 */
const statusCode = String.raw`(?!["']?\s*=\s*["']?\d{1,6}(?![A-Za-z0-9._~+/=%-]))`;
const pairNames = [...secretParams]
  .map((name) => (name === 'code' ? `code${statusCode}` : namePattern(name)))
  .join('|');
const colonNames = [...secretParams]
  .filter((name) => name !== 'code' && name !== 'key' && name !== 'client_id' && name !== 'sig')
  .map(namePattern)
  .join('|');

/**
 * Each scrubbing pattern, its replacement, and literals one of which every match contains: a pass
 * whose literals are all absent cannot change the text, so it is skipped (none listed: always run).
 */
const secretPatterns: readonly (readonly [RegExp, string, readonly string[]])[] = [
  // From the `//` on, whatever scheme (or none) precedes it: matching the scheme too would retry
  // every letter of a long word as its start, which is quadratic on a hostile text.
  [/\/\/[^\s/?#@]+@/g, `//${redacted}@`, ['//']],
  // A whole header line: the scheme, then the credential, whatever its form.
  [
    /(["']?)\b((?:Proxy-)?Authori[sz]ation|Authentication|Cookie|Set-Cookie)\1(\s*[:=]\s*)[^\r\n]+/gi,
    `$1$2$1$3${redacted}`,
    [':', '='],
  ],
  [
    /(["']?)\b(ApiKey|Api-Key|X-Api-Key|X-Api-Token|X-Access-Token|X-Auth-Token|X-Csrf-Token|X-Guest-Token)\1(\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;]+)/gi,
    `$1$2$1$3${redacted}`,
    [':', '='],
  ],
  // Case-sensitive, so that `tokenLike` can tell a capital inside a value from a word.
  [
    new RegExp(String.raw`\b([Bb]earer|BEARER|[Bb]asic|BASIC)(\s+|\s*[:=]\s*|%20)(["']?)${tokenLike}\3`, 'g'),
    `$1$2$3${redacted}$3`,
    [],
  ],
  // OAuth 1.0a parameters, or a token: "OAuth 2.0" and "the OAuth token" are prose.
  [
    new RegExp(String.raw`\bOAuth\s+(?:[A-Za-z_]+="|${tokenLike})[^\r\n]*`, 'g'),
    `OAuth ${redacted}`,
    ['OAuth'],
  ],
  [
    new RegExp(String.raw`(["']?)\b(${pairNames}|oauth_[a-z_]+)\1(\s*=\s*)${anyValue}`, 'gi'),
    `$1$2$1$3${redacted}`,
    ['='],
  ],
  [
    new RegExp(String.raw`(["']?)\b(${colonNames}|oauth_[a-z_]+)\1(\s*:\s*)${anyValue}`, 'gi'),
    `$1$2$1$3${redacted}`,
    [':'],
  ],
];

/**
 * A cheap pre-check so ordinary API messages skip the scrubbing passes. Every pattern above needs
 * one of these words (`client_secret=` needs `secret`), or a URL with userinfo.
 */
const mayHoldSecret =
  /bearer|basic|oauth|token|key|secret|password|authori[sz]ation|authentication|cookie|code|sig|jwt|\/\/[^\s/]*@/i;

/**
 * Short texts already found free of credentials (scrubbing left them unchanged). APIs repeat the
 * same messages, and a set lookup is cheaper than one regex pass; only texts no pattern changed are
 * kept (a request's own credentials, which `classify` scrubs by value, may still be in one: the set
 * is module-private and never shown).
 */
const cleanTexts = new Set<string>();
const maxCleanTexts = 256;
const maxCleanLength = 512;

/** Scrubs credential-looking fragments (bearer tokens, OAuth headers, `token=` pairs) from free text. */
export function redactText(text: string): string {
  if (cleanTexts.has(text)) return text;
  let out = text;
  if (mayHoldSecret.test(text)) {
    for (const [pattern, replacement, literals] of secretPatterns) {
      if (literals.length === 0 || literals.some((literal) => out.includes(literal))) {
        out = out.replace(pattern, replacement);
      }
    }
  }
  if (out === text && text.length <= maxCleanLength) {
    if (cleanTexts.size >= maxCleanTexts) cleanTexts.clear();
    cleanTexts.add(text);
  }
  return out;
}
