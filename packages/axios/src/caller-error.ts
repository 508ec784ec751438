import { type AxiosError, isAxiosError } from 'axios';

/**
 * The codes axios rejects with, without a response, when the caller's own settings refuse the
 * request: an option or URL it cannot use, a protocol it does not support, `maxRedirects`,
 * `maxBodyLength` or `maxContentLength` exceeded. Network failures carry the socket's code (or
 * `ERR_NETWORK`) instead, and a body that broke off keeps its response.
 */
const callerCodes: ReadonlySet<string> = new Set([
  'ERR_BAD_OPTION',
  'ERR_BAD_OPTION_VALUE',
  'ERR_NOT_SUPPORT',
  'ERR_INVALID_URL',
  'ERR_FR_TOO_MANY_REDIRECTS',
  'ERR_FR_MAX_BODY_LENGTH_EXCEEDED',
  'ERR_BAD_REQUEST',
  'ERR_BAD_RESPONSE',
]);

/**
 * Whether axios refused the attempt by the caller's own settings: no retry can mend it, so it
 * stands as plain axios raises it, unretried.
 */
export function isCallerError(error: unknown): error is AxiosError {
  return (
    isAxiosError(error) &&
    error.response === undefined &&
    typeof error.code === 'string' &&
    callerCodes.has(error.code)
  );
}
