import { type ListRequest, listAnswer, listPath, type PageSettings } from './pagination.ts';
import { type Answer, jsonAnswer } from './respond.ts';
import type { Surface } from './surface.ts';

/** Hands out post and user ids: snowflake-sized strings, as X and Sorsa send them. */
export interface IdSource {
  next(): string;
}

/** An id source that counts up from a fixed snowflake, so runs are reproducible. */
export function createIdSource(): IdSource {
  let count = 0n;
  return { next: () => String(1_900_000_000_000_000_000n + ++count) };
}

/** What the success body depends on. */
export interface SuccessRequest extends ListRequest {
  readonly surface: Surface | undefined;
  readonly method: string;
  readonly body: string;
}

/** What success bodies draw on besides the request: ids, and how list routes page. */
export interface SuccessContext extends PageSettings {
  readonly ids: IdSource;
}

function postedText(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'text' in parsed &&
      typeof parsed.text === 'string'
    ) {
      return parsed.text;
    }
  } catch {
    // A body that is not JSON simply has no text to echo.
  }
  return 'Hello from xapi-sim';
}

/** The resource a v2 read returns: a user, a post, or a bare id. */
function v2Resource(path: string, id: string): Record<string, unknown> {
  if (path.startsWith('/2/users')) return { id, name: 'Sim User', username: 'sim_user' };
  if (path.startsWith('/2/tweets')) return { id, text: 'A simulated post', edit_history_tweet_ids: [id] };
  return { id };
}

/**
 * Lookups of several resources at once (`GET /2/users?ids=…`, `GET /2/users/by?usernames=…`,
 * `GET /2/tweets?ids=…`): X answers them with `data` as an array.
 */
const multiLookups: ReadonlySet<string> = new Set(['/2/users', '/2/users/by', '/2/tweets']);

/** `DELETE /2/tweets/:id`, which X answers with `{"data":{"deleted":true}}`. */
const deleteTweet = /^\/2\/tweets\/[^/]+$/;

function v2Success(request: SuccessRequest, context: SuccessContext): Answer {
  const { method, path } = request;
  const { ids } = context;
  // Taken by every answer (a list page takes one more per further item), so ids come in request order.
  const id = ids.next();
  if (method === 'DELETE' && deleteTweet.test(path)) return jsonAnswer(200, { data: { deleted: true } });
  if (method === 'POST' && path === '/2/tweets') {
    return jsonAnswer(201, { data: { id, text: postedText(request.body), edit_history_tweet_ids: [id] } });
  }
  const resource = v2Resource(path, id);
  if (method === 'GET' && listPath.test(path)) {
    // The first item has the id every answer takes; each further item takes one of its own.
    return listAnswer(request, context, (index) => (index === 0 ? resource : v2Resource(path, ids.next())));
  }
  return jsonAnswer(200, { data: method === 'GET' && multiLookups.has(path) ? [resource] : resource });
}

/**
 * A v2 lookup of several resources of which one is missing, as X answers it: 200 with the found
 * one in `data` and the missing one in `errors` (the catalogue's `v2/resource-not-found` example,
 * an unknown username, whatever the route).
 */
export function partialAnswer(request: SuccessRequest, ids: IdSource, missing: readonly unknown[]): Answer {
  return jsonAnswer(200, { data: [v2Resource(request.path, ids.next())], errors: missing });
}

function v11Success(request: SuccessRequest, ids: IdSource): Answer {
  const id = ids.next();
  if (request.path.startsWith('/1.1/users') || request.path.startsWith('/1.1/account')) {
    return jsonAnswer(200, { id_str: id, name: 'Sim User', screen_name: 'sim_user' });
  }
  if (request.path.startsWith('/1.1/statuses')) {
    const post = { id_str: id, text: 'A simulated post', truncated: false };
    // Timelines (`user_timeline.json`, `home_timeline.json`, `mentions_timeline.json`) are arrays.
    return jsonAnswer(200, request.path.endsWith('_timeline.json') ? [post] : post);
  }
  return jsonAnswer(200, { id_str: id });
}

function sorsaSuccess(request: SuccessRequest, ids: IdSource): Answer {
  const id = ids.next();
  const headers = { 'content-type': 'application/json' };
  if (
    request.path.includes('tweets') ||
    request.path.includes('comments') ||
    request.path.includes('quotes')
  ) {
    return jsonAnswer(200, { tweets: [{ id, full_text: 'A simulated post' }], next_cursor: null }, headers);
  }
  return jsonAnswer(
    200,
    { users: [{ id, username: 'sim_user', display_name: 'Sim User' }], next_cursor: null },
    headers,
  );
}

/**
 * The normal answer of a route: what 'ok' means. Unknown paths still get a generic success; a list
 * route asked for a page by a token the simulator never handed out gets X's 400, as X refuses one.
 */
export function successAnswer(request: SuccessRequest, context: SuccessContext): Answer {
  switch (request.surface) {
    case 'v1.1':
      return v11Success(request, context.ids);
    case 'sorsa':
      return sorsaSuccess(request, context.ids);
    default:
      return v2Success(request, context);
  }
}
