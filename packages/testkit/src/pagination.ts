import { type Answer, entryAnswer, jsonAnswer, requireEntry } from './respond.ts';

/** Timelines, searches and user lists: X answers them with `data` as an array, a page at a time. */
export const listPath: RegExp =
  /^\/2\/(?:tweets\/search\/(?:recent|all)|users\/[^/]+\/(?:tweets|mentions|followers|following|liked_tweets|timelines\/reverse_chronological)|tweets\/[^/]+\/(?:retweeted_by|quote_tweets|liking_users))$/;

/** Searches page differently: X's spec has them take `next_token`, and their meta has no `previous_token`. */
const searchPath = /^\/2\/tweets\/search\/(?:recent|all)$/;

/** What a list answer depends on besides the path. */
export interface ListRequest {
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Clock time the request arrived. */
  readonly now: number;
}

/** The settings pagination runs with (see `SimulatorOptions.listPages` and `scriptedResetMs`). */
export interface PageSettings {
  readonly listPages: number;
  readonly aheadMs: number;
}

/** A page token as the client sent it back. */
interface SentToken {
  readonly parameter: string;
  readonly value: string;
}

// Base-36 like X's own tokens; the prefix keeps a bare number or an id from passing for one.
const tokenPrefix = 'xsimpage';

function tokenOf(page: number): string {
  return `${tokenPrefix}${page.toString(36)}`;
}

/** The page `token` names, or `undefined` for a token this simulator never handed out. */
function pageOf(token: string, listPages: number): number | undefined {
  const page = Number.parseInt(token.slice(tokenPrefix.length), 36);
  // Comparing with the token it would be refuses other spellings (`xsimpage01`) and other prefixes.
  return page >= 1 && page <= listPages && tokenOf(page) === token ? page : undefined;
}

/** The token the request sent: searches take `next_token` (or, per X's spec, `pagination_token`). */
function sentToken(request: ListRequest): SentToken | undefined {
  const names = searchPath.test(request.path) ? ['next_token', 'pagination_token'] : ['pagination_token'];
  for (const parameter of names) {
    const value = request.query[parameter];
    if (value !== undefined) return { parameter, value };
  }
  return undefined;
}

/** Items a page holds: `max_results` when it is 1 to 100, otherwise one, as before pages existed. */
function pageSize(query: ListRequest['query']): number {
  const asked = query['max_results'];
  const size = asked !== undefined && /^\d{1,3}$/.test(asked) ? Number(asked) : 0;
  return size >= 1 && size <= 100 ? size : 1;
}

function pageMeta(
  request: ListRequest,
  page: number,
  size: number,
  listPages: number,
): Record<string, unknown> {
  return {
    result_count: size,
    ...(page > 1 && !searchPath.test(request.path) && { previous_token: tokenOf(page - 1) }),
    ...(page < listPages && { next_token: tokenOf(page + 1) }),
  };
}

/** X's 400 for a token it did not hand out: `v2/invalid-request`, naming the parameter and value sent. */
function unknownTokenAnswer(token: SentToken, now: number, aheadMs: number): Answer {
  const id = 'v2/invalid-request';
  const problem = JSON.parse(requireEntry(id).example.body) as Record<string, unknown>;
  // The example refuses an `ids` value; X names whichever parameter it refused.
  const errors = [
    {
      parameters: { [token.parameter]: [token.value] },
      message: `The \`${token.parameter}\` query parameter value [${token.value}] is not valid`,
    },
  ];
  return { ...entryAnswer(id, now, aheadMs), body: JSON.stringify({ ...problem, errors }) };
}

function pageAnswer(
  request: ListRequest,
  page: number,
  listPages: number,
  item: (index: number) => unknown,
): Answer {
  const size = pageSize(request.query);
  const data = Array.from({ length: size }, (_, index) => item(index));
  return jsonAnswer(200, { data, meta: pageMeta(request, page, size, listPages) });
}

/**
 * A list route's answer: the page the request's token names (the first without one), `item(index)`
 * making each of its items, or a 400 for a token the simulator never handed out.
 */
export function listAnswer(
  request: ListRequest,
  settings: PageSettings,
  item: (index: number) => unknown,
): Answer {
  const { listPages } = settings;
  const token = sentToken(request);
  // Without pages to follow, a token is not checked: answers stay as they were before pages.
  if (token === undefined || listPages === 1) return pageAnswer(request, 1, listPages, item);
  const page = pageOf(token.value, listPages);
  if (page === undefined) return unknownTokenAnswer(token, request.now, settings.aheadMs);
  return pageAnswer(request, page, listPages, item);
}
