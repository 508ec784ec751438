import type { SorsaUsage } from './limits/sorsa.ts';
import { type ListRequest, listAnswer, listPath, type PageSettings } from './pagination.ts';
import { type Answer, jsonAnswer } from './respond.ts';
import { usageAnswer, usagePath } from './sorsa-usage.ts';
import { type RuleBook, rulesPath } from './stream-rules.ts';
import type { Surface } from './surface.ts';

/** Hands out post and user ids: snowflake-sized strings, as X and Sorsa send them. */
export interface IdSource {
  next(): string;
}

/** An id source that counts up from a fixed snowflake (`base`), so runs are reproducible. */
export function createIdSource(base = 1_900_000_000_000_000_000n): IdSource {
  let count = 0n;
  return { next: () => String(base + ++count) };
}

/** What the success body depends on. */
export interface SuccessRequest extends ListRequest {
  readonly surface: Surface | undefined;
  readonly method: string;
  readonly body: string;
  /** Lower-case names, as Node gives them. */
  readonly headers: Readonly<Record<string, string>>;
}

/** What success bodies draw on besides the request: ids, how list routes page, the stream's rules. */
export interface SuccessContext extends PageSettings {
  readonly ids: IdSource;
  readonly stream: { readonly rules: RuleBook };
  /** A Sorsa key's quota and use, for `/v3/key-usage-info`. */
  readonly sorsa: { usage(key: string): SorsaUsage };
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
  const rules = path === rulesPath ? context.stream.rules.answer(request) : undefined;
  if (rules !== undefined) return rules;
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

/** Sorsa's list answers, by endpoint (docs.sorsa.io/response-format): posts, or users with or without a cursor. */
const sorsaTweetLists: ReadonlySet<string> = new Set([
  'user-tweets',
  'comments',
  'quotes',
  'search-tweets',
  'mentions',
  'list-tweets',
  'community-tweets',
  'community-search-tweets',
]);
const sorsaWholeUserLists: ReadonlySet<string> = new Set([
  'new-followers-7d',
  'new-following-7d',
  'top-followers',
  'top-following',
  'info-batch',
]);

/**
 * The body Sorsa sends for `endpoint` (the path's first segment after `/v3`): single objects at the
 * top level (`/info`, `/tweet-info`, `/score`, …), lists as `{ tweets }` or `{ users }` with a
 * cursor where the endpoint pages. An endpoint not listed gets a post list when its name speaks of
 * posts, else a user list.
 */
function sorsaBody(endpoint: string, id: string): Record<string, unknown> {
  const user = { id, username: 'sim_user', display_name: 'Sim User' };
  const post = { id, full_text: 'A simulated post' };
  switch (endpoint) {
    case 'info':
      return user;
    case 'tweet-info':
      return post;
    case 'score':
      return { score: 42 };
    case 'link-to-id':
      return { id };
    case 'id-to-username':
      return { handle: 'sim_user' };
    case 'check-follow':
      return { follow: true, user_protected: false };
    case 'check-retweet':
      return { retweet: true, user_protected: false, next_cursor: null };
    case 'trends':
      return { trends: [] };
  }
  if (sorsaWholeUserLists.has(endpoint)) return { users: [user] };
  if (sorsaTweetLists.has(endpoint) || /tweet|comment|quote/.test(endpoint)) {
    return { tweets: [post], next_cursor: null };
  }
  return { users: [user], next_cursor: null };
}

function sorsaSuccess(request: SuccessRequest, context: SuccessContext): Answer {
  if (request.path === usagePath) return usageAnswer(context.sorsa.usage(request.headers['apikey'] ?? ''));
  const ids = context.ids;
  const endpoint = request.path.split('/')[2] ?? '';
  return jsonAnswer(200, sorsaBody(endpoint, ids.next()), { 'content-type': 'application/json' });
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
      return sorsaSuccess(request, context);
    default:
      return v2Success(request, context);
  }
}
