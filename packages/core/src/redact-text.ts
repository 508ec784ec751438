import { redacted, secretParams } from './secret-names.ts';

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
