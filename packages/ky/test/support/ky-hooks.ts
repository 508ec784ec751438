import type { AfterResponseHook, BeforeErrorHook, BeforeRequestHook, HTTPError } from 'ky';
import { kyMajor } from './ky-major.ts';

// ky 1 calls hooks with positional arguments, ky 2 with one state object. These build hooks the
// ky under test calls correctly, and hand the callbacks the same values either way.

interface Ky2State {
  readonly request: Request;
  readonly response: Response;
  readonly error: Error;
}

function ky2State(args: readonly unknown[]): Ky2State {
  return args[0] as Ky2State;
}

/** A `beforeRequest` hook that passes the request to `see`. */
export function beforeRequest(see: (request: Request) => void): BeforeRequestHook {
  return (...args: readonly unknown[]) => see(kyMajor === 2 ? ky2State(args).request : (args[0] as Request));
}

/** An `afterResponse` hook that passes the response to `handle` and returns what it returns. */
export function afterResponse(handle: (response: Response) => Response | undefined): AfterResponseHook {
  return (...args: readonly unknown[]) =>
    handle(kyMajor === 2 ? ky2State(args).response : (args[2] as Response));
}

/** A `beforeError` hook that passes the error to `see` and leaves it as it is. */
export function beforeError(see: (error: Error) => void): BeforeErrorHook {
  return (...args: readonly unknown[]) => {
    // ky 1 calls `beforeError` with `HTTPError`s only; ky 2 ignores a result that is not an Error.
    const error = (kyMajor === 2 ? ky2State(args).error : args[0]) as HTTPError;
    see(error);
    return error;
  };
}
