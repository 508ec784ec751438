import { METHODS } from 'node:http';

/** A method and a path pattern, e.g. `GET /2/users/:id`. */
export interface Route {
  readonly method: string;
  readonly path: string;
}

/**
 * Percent-decodes a path so a request for `/2/users/by/username/j%C3%B6rg` and a route written as
 * `/2/users/by/username/jörg` meet. `decodeURI` keeps escapes of reserved characters (`%2F`, `%3F`)
 * as they are, so decoding never adds or moves a segment; malformed escapes leave the path as is.
 */
export function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/**
 * Drops the query and any trailing slash and percent-decodes the rest, so `/2/users/me/?x=1` and
 * `/2/users/me` are one path, and an encoded path equals its decoded spelling.
 */
export function normalizePath(path: string): string {
  const bare = decodePath(path.split('?')[0] ?? '');
  return bare.length > 1 && bare.endsWith('/') ? bare.slice(0, -1) : bare;
}

/**
 * Parses `'METHOD /path'`; throws on anything else so a typo in a test fails loudly: a method no
 * HTTP request can have (`FETCH`), or a `*` segment, which would match nothing (`:name` matches any
 * one segment).
 */
export function parseRoute(route: string): Route {
  const match = /^\s*([A-Za-z]+)\s+(\/\S*)\s*$/.exec(route);
  if (!match) {
    throw new TypeError(`xapi-sim: expected a route like 'GET /2/users/me', got ${JSON.stringify(route)}`);
  }
  const method = match[1]!.toUpperCase();
  if (!METHODS.includes(method)) {
    throw new RangeError(
      `xapi-sim: route ${JSON.stringify(route)} has an unknown HTTP method ${JSON.stringify(method)}`,
    );
  }
  const path = normalizePath(match[2]!);
  if (path.split('/').includes('*')) {
    throw new RangeError(
      `xapi-sim: route ${JSON.stringify(route)} has a '*' segment, which matches nothing; write ':name' to match any one segment`,
    );
  }
  return { method, path };
}

/**
 * Whether `path` fits `pattern`, where a `:name` segment of the pattern matches any one non-empty
 * segment of `path` that `parameter` accepts (by its index; every one unless given).
 */
export function pathMatches(
  pattern: string,
  path: string,
  parameter: (index: number) => boolean = () => true,
): boolean {
  if (pattern === path) return true;
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return false;
  return want.every(
    (segment, index) =>
      segment === got[index] || (segment.startsWith(':') && got[index] !== '' && parameter(index)),
  );
}

/** Whether a request with `method` and `path` belongs to `route`. */
export function routeMatches(route: Route, method: string, path: string): boolean {
  return route.method === method && pathMatches(route.path, path);
}
