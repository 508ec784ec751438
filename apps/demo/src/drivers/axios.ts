import { getClassification, withXApi } from '@xapi-errors/axios';
import axios, { type AxiosRequestConfig } from 'axios';
import type { Answer, Client, Driver, HttpCall, OpenStream } from '../driver.ts';
import { lineItems } from '../lines.ts';
import { errorAnswer } from './promise-answers.ts';

function config(call: HttpCall): AxiosRequestConfig {
  return {
    method: call.method,
    url: call.path,
    ...(call.headers ? { headers: call.headers } : {}),
    ...(call.body === undefined ? {} : { data: call.body }),
  };
}

/** `withXApi(axios.create())`: interceptors; errors are `XApiError`s, a success's classification comes from `getClassification`. */
export const axiosDriver: Driver = {
  name: 'axios',
  async connect({ baseUrl, options }): Promise<Client> {
    const api = withXApi(axios.create({ baseURL: baseUrl }), options);
    return {
      async send(call) {
        try {
          const response = await api.request(config(call));
          return { type: 'data', classification: getClassification(response) };
        } catch (error) {
          return errorAnswer(error);
        }
      },
      async openStream(call): Promise<OpenStream | Answer> {
        const controller = new AbortController();
        try {
          const response = await api.request<AsyncIterable<Uint8Array>>({
            ...config(call),
            responseType: 'stream',
            signal: controller.signal,
          });
          return { items: lineItems(response.data), close: () => controller.abort() };
        } catch (error) {
          return errorAnswer(error);
        }
      },
    };
  },
};
