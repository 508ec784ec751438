import { secretHeaders, secretParamPattern } from '@xapi-errors/core';
import { Context, Effect } from 'effect';
import { Headers as HttpHeaders, UrlParams } from 'effect/http';

type Names = ReadonlyArray<string | RegExp>;

/**
 * A list in context and the same list with core's secrets added. Fibers share one list unless
 * someone sets their own, so each is extended once, not on every call.
 */
const extendedHeaders = new WeakMap<Names, Names>();
const extendedParams = new WeakMap<Names, Names>();

/**
 * `names` followed by those `secrets` it does not already hold. Effect compares names without
 * regard to case and walks the whole list for every header of every span, so no name appears twice.
 */
function extended(cache: WeakMap<Names, Names>, names: Names, secrets: Names): Names {
  let out = cache.get(names);
  if (out === undefined) {
    const present = new Set(names.map((name) => (typeof name === 'string' ? name.toLowerCase() : name)));
    out = [...names, ...secrets.filter((name) => !present.has(name))];
    cache.set(names, out);
  }
  return out;
}

const headerSecrets: Names = [...secretHeaders];
const paramSecrets: Names = [secretParamPattern];

/**
 * Adds core's secret header and parameter names to Effect's redaction lists for the call, so
 * tracing spans record Sorsa's `ApiKey` or an `oauth_token` (or `accessToken`) parameter as redacted too.
 */
export function redactingSecrets<A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> {
  return Effect.updateContext(effect, (context: Context.Context<R>) => {
    const headers = extended(
      extendedHeaders,
      Context.get(context, HttpHeaders.CurrentRedactedNames),
      headerSecrets,
    );
    const params = extended(
      extendedParams,
      Context.get(context, UrlParams.CurrentRedactedNames),
      paramSecrets,
    );
    return Context.add(
      Context.add(context, HttpHeaders.CurrentRedactedNames, headers),
      UrlParams.CurrentRedactedNames,
      params,
    );
  });
}
