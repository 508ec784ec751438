import { getClassification, withXApi } from '@xapi-errors/fetch';
import type { Answer, Client, Driver, HttpCall, OpenStream } from '../driver.ts';
import { errorAnswer, webStream } from './promise-answers.ts';

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
          return errorAnswer(error);
        }
      },
      async openStream(call): Promise<OpenStream | Answer> {
        const controller = new AbortController();
        try {
          const response = await xfetch(baseUrl + call.path, init(call, controller.signal));
          return webStream(response.body, controller);
        } catch (error) {
          return errorAnswer(error);
        }
      },
    };
  },
};
