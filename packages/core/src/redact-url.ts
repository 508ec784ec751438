import { redactText } from './redact-text.ts';
import { isSecretParam, redacted } from './secret-names.ts';

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
