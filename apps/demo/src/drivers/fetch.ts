import { getClassification, isXApiError, withXApi } from '@xapi-errors/fetch';
import type { Answer, Client, Driver, HttpCall, OpenStream } from '../driver.ts';
import { lineItems, readChunks } from '../lines.ts';

function init(call: HttpCall, signal?: AbortSignal): RequestInit {
  const headers: Record<string, string> = { ...call.headers };
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  return {
    method: call.method,
    headers,
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
    ...(signal ? { signal } : {}),
  };
}

function failure(error: unknown): Answer {
  if (isXApiError(error)) return { type: 'error', classification: error.classification };
  throw error;
}

/** `withXApi(fetch)`: errors are rejected `XApiError`s, a success's classification comes from `getClassification`. */
export const fetchDriver: Driver = {
  name: 'fetch',
  async connect({ baseUrl, options }): Promise<Client> {
    const xfetch = withXApi(fetch, options);
    return {
      async send(call) {
        try {
          const response = await xfetch(baseUrl + call.path, init(call));
          await response.arrayBuffer();
          return { type: 'data', classification: getClassification(response) };
        } catch (error) {
          return failure(error);
        }
      },
      async openStream(call): Promise<OpenStream | Answer> {
        const controller = new AbortController();
        try {
          const response = await xfetch(baseUrl + call.path, init(call, controller.signal));
          const body = response.body;
          if (!body) throw new Error('the stream response has no body');
          return { items: lineItems(readChunks(body)), close: () => controller.abort() };
        } catch (error) {
          return failure(error);
        }
      },
    };
  },
};
