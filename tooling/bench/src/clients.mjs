// Each stack's bare client and our adapter around it, reduced to one shape:
// `get(url) → Promise<parsed body>`, rejecting on failure. Both sides of a comparison read and
// parse the body, so only what the adapter adds differs.
import { withXApi as withXApiAxios } from '@xapi-errors/axios';
import { createRetryBudget } from '@xapi-errors/core';
import { XApiClient, XApiSchedule } from '@xapi-errors/effect';
import { withXApi as withXApiFetch } from '@xapi-errors/fetch';
import { withXApi as withXApiKy } from '@xapi-errors/ky';
import axios from 'axios';
import { Effect, Schedule } from 'effect';
import { FetchHttpClient, HttpClient } from 'effect/http';
import ky from 'ky';

/** The stacks we ship an adapter for, in report order. */
export const stacks = ['fetch', 'ky', 'axios', 'effect'];

/** What each adapter is compared against, as the report names it. */
export const bareNames = {
  fetch: 'fetch',
  ky: 'ky',
  axios: 'axios',
  effect: 'Effect HttpClient',
};

const provideFetchClient = (effect) => Effect.runPromise(Effect.provide(effect, FetchHttpClient.layer));

/**
 * The Effect adapter never retries by itself; this is the schedule of its README's quick start,
 * bounded like the other adapters' default (3 retries instead of 5).
 */
const effectRetry = Schedule.max([XApiSchedule.rateLimitAware, Schedule.recurs(3)]);

/** The bare client of `stack` (ky keeps its default retry; it never fires on 2xx). */
export async function bareClient(stack, headers) {
  switch (stack) {
    case 'fetch':
      return async (url) => (await fetch(url, { headers })).json();
    case 'ky': {
      const client = ky.create({ headers });
      return (url) => client.get(url).json();
    }
    case 'axios': {
      const client = axios.create({ headers });
      return async (url) => (await client.get(url)).data;
    }
    case 'effect': {
      const http = await provideFetchClient(Effect.service(HttpClient.HttpClient));
      return (url) =>
        Effect.runPromise(Effect.flatMap(http.get(url, { headers }), (response) => response.json));
    }
  }
  throw new Error(`unknown stack ${stack}`);
}

/**
 * Our adapter for `stack` with `options` (the shared `XApiOptions`; for Effect only `pace` applies,
 * and retries come from the recommended schedule unless `scheduled` is false).
 */
export async function ourClient(stack, headers, options = {}, { scheduled = true, budgeted = false } = {}) {
  switch (stack) {
    case 'fetch': {
      const xfetch = withXApiFetch(fetch, options);
      return async (url) => (await xfetch(url, { headers })).json();
    }
    case 'ky': {
      const client = withXApiKy(ky.create({ headers }), options);
      return (url) => client.get(url).json();
    }
    case 'axios': {
      const client = withXApiAxios(axios.create({ headers }), options);
      return async (url) => (await client.get(url)).data;
    }
    case 'effect': {
      const pace = options.pace === undefined ? {} : { pace: options.pace };
      // The README's outage protection: one budget the client pays into and the schedule spends.
      const budget = budgeted ? createRetryBudget() : undefined;
      const x = await provideFetchClient(XApiClient.make(budget ? { ...pace, budget } : pace));
      const schedule = budget
        ? Schedule.max([XApiSchedule.rateLimitAware, Schedule.recurs(3), XApiSchedule.budgeted(budget)])
        : effectRetry;
      const retried = (effect) => (scheduled ? Effect.retry(effect, schedule) : effect);
      return (url) =>
        Effect.runPromise(Effect.map(retried(x.get(url, { headers })), (response) => response.body));
    }
  }
  throw new Error(`unknown stack ${stack}`);
}
