/** Header names whose values are credentials. */
export const secretHeaders: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'apikey',
  'api-key',
  'x-api-key',
  'cookie',
  'set-cookie',
  'x-csrf-token',
  'x-auth-token',
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
  'client_secret',
  'client_id',
  'consumer_secret',
  'code',
  'code_verifier',
  'token',
  'bearer_token',
  'api_key',
  'apikey',
  'key',
  'password',
]);

/** What every secret is replaced with. */
export const redacted = '[REDACTED]';

/** Whether a header carries a credential. */
export function isSecretHeader(name: string): boolean {
  return secretHeaders.has(name.toLowerCase());
}

/** A copy of a header record with every credential replaced. */
export function redactHeaders(
  headers: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = isSecretHeader(name) ? redacted : Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

/** A URL with credential query parameters and userinfo replaced. Unparseable input is scrubbed as text. */
export function redactUrl(url: string | URL): string {
  const text = String(url);
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return redactText(text);
  }
  if (parsed.username) parsed.username = 'REDACTED';
  if (parsed.password) parsed.password = 'REDACTED';
  for (const name of [...parsed.searchParams.keys()]) {
    if (secretParams.has(name.toLowerCase())) parsed.searchParams.set(name, redacted);
  }
  return parsed.toString().replaceAll(encodeURIComponent(redacted), redacted);
}

/**
 * Each scrubbing pattern, its replacement, and literals one of which every match contains: a pass
 * whose literals are all absent cannot change the text, so it is skipped (none listed: always run).
 */
const secretPatterns: readonly (readonly [RegExp, string, readonly string[]])[] = [
  [/([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]*:[^\s/@]*@/gi, `$1${redacted}:${redacted}@`, ['://']],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/%=-]+/gi, `$1 ${redacted}`, []],
  // An OAuth header value runs to the end of the line; "OAuth 2.0" or "OAuth 1.0a" naming a
  // protocol version (as X's authentication errors do) is prose, not a credential.
  [/\bOAuth\s+(?!\d+(?:\.\d+)*[a-z]?(?![\w.]))[^\r\n]+/g, `OAuth ${redacted}`, ['OAuth']],
  [
    /\b(oauth_[a-z_]+|access_token|refresh_token|client_secret|api_?key|token|password)=("[^"]*"|[^&\s,"]+)/gi,
    `$1=${redacted}`,
    ['='],
  ],
  [/\b(ApiKey|x-api-key|Authorization|Cookie)(\s*[:=]\s*)[^\s,;]+/gi, `$1$2${redacted}`, [':', '=']],
];

/**
 * A cheap pre-check so ordinary API messages skip the scrubbing passes. Every pattern above needs
 * one of these words (`client_secret=` needs `secret`), or a URL with userinfo.
 */
const mayHoldSecret = /bearer|basic|oauth|token|key|secret|password|authorization|cookie|:\/\/[^\s/]*@/i;

/**
 * Short texts already found free of credentials (scrubbing left them unchanged). APIs repeat the
 * same messages, and a set lookup is cheaper than one regex pass; only texts nothing was scrubbed
 * from are kept, so the set never holds a secret.
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
