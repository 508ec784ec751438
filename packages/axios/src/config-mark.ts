/**
 * The config key a request's marker travels under: the `Ticket` of a retry session's attempt, or
 * the `FirstTry` of a request sent without one. A string, not a symbol: axios before 1.19 drops
 * symbol keys when it merges the config of a re-sent request, and losing the ticket would turn every
 * retry into a new request with a retry loop of its own.
 */
export const mark = '@xapi-errors/axios';

/** A config with our marker on it. */
export type Marked<T> = T & { [mark]?: unknown };

/** Puts `marker` on a config (or replaces the one there). */
export function markConfig(config: object, marker: unknown): void {
  (config as Marked<object>)[mark] = marker;
}

/** The marker on a config (or an error's or a response's config), if any. */
export function markOf(config: unknown): unknown {
  if (config === null || typeof config !== 'object') return undefined;
  return (config as Marked<object>)[mark];
}
