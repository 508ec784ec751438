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
