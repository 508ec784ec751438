/**
 * What ky handed a hook, in one shape for both majors: ky 1 calls hooks with positional arguments
 * (`beforeRequest(request, options, state)`, `beforeError(error, state)`), ky 2 with one state
 * object (`{ request, options, error, retryCount }`).
 */
export interface HookArguments {
  readonly request?: Request;
  readonly options?: object;
  readonly error?: unknown;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** Reads a hook's arguments, whether ky 1 or ky 2 is calling it. */
export function hookArguments(args: readonly unknown[]): HookArguments {
  const [first, second] = args;
  if (first instanceof Request)
    return isObject(second) ? { request: first, options: second } : { request: first };
  if (first instanceof Error) return { error: first };
  if (!isObject(first)) return {};
  const request: unknown = Reflect.get(first, 'request');
  const options: unknown = Reflect.get(first, 'options');
  return {
    ...(request instanceof Request && { request }),
    ...(isObject(options) && { options }),
    ...('error' in first && { error: first.error }),
  };
}
