import axios, { type AxiosInstance } from 'axios';
import { withXApi, type XApiAxiosOptions } from '../src/index.ts';

/** Real backoff shape with millisecond steps, so retry tests take no time. */
export const fastRetry = { baseDelayMs: 1, capDelayMs: 5 } as const;

/** An instance pointed at `baseURL` with `withXApi` installed. */
export function xapiClient(baseURL: string, options: XApiAxiosOptions = {}): AxiosInstance {
  return withXApi(axios.create({ baseURL }), options);
}

/**
 * Waits until just past the next whole second: the simulator's limit windows are whole seconds of
 * its clock, so a short run of requests started now lands in one window instead of straddling two.
 */
export async function startOfNextSecond(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20));
}
