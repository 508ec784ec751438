import { getClassification, withXApi } from '@xapi-errors/ky';
import ky, { type Options } from 'ky';
import type { Answer, Client, Driver, HttpCall, OpenStream } from '../driver.ts';
import { errorAnswer, webStream } from './promise-answers.ts';

function options(call: HttpCall): Options {
  return {
    method: call.method,
    ...(call.headers ? { headers: call.headers } : {}),
    ...(call.body === undefined ? {} : { json: call.body }),
  };
}

/** `withXApi(ky)`: an extended ky instance; errors are `XApiError`s, a success's classification comes from `getClassification`. */
export const kyDriver: Driver = {
  name: 'ky',
  async connect({ baseUrl, options: xapi }): Promise<Client> {
    const api = withXApi(ky.create({}), xapi);
    return {
      async send(call) {
        try {
          const response = await api(baseUrl + call.path, options(call));
          await response.arrayBuffer();
          return { type: 'data', classification: getClassification(response) };
        } catch (error) {
          return errorAnswer(error);
        }
      },
      async openStream(call): Promise<OpenStream | Answer> {
        const controller = new AbortController();
        try {
          // ky's timeout covers the whole body read, and a stream body never ends.
          const response = await api(baseUrl + call.path, {
            ...options(call),
            timeout: false,
            signal: controller.signal,
          });
          return webStream(response.body, controller);
        } catch (error) {
          return errorAnswer(error);
        }
      },
    };
  },
};
