// The retry libraries we compare against, each at its defaults, as `get(url) → Promise<body>`.
import axios from 'axios';
import axiosRetry from 'axios-retry';
import ky from 'ky';
import pRetry from 'p-retry';

/** Peer names, in report order. */
export const peers = ['ky retry', 'axios-retry', 'p-retry'];

/**
 * The peer client. `pRetryOptions` exists for the outage comparison only, where p-retry's default
 * waits (1 s doubling, 10 retries: 17 minutes per request) cannot run in a benchmark.
 */
export function peerClient(peer, headers, pRetryOptions = {}) {
  switch (peer) {
    case 'ky retry': {
      const client = ky.create({ headers });
      return (url) => client.get(url).json();
    }
    case 'axios-retry': {
      const client = axios.create({ headers });
      axiosRetry(client);
      return async (url) => (await client.get(url)).data;
    }
    case 'p-retry':
      // fetch resolves on any status, so the wrapped function throws on failures, as p-retry's
      // README shows; the failed body is released so the connection can be reused.
      return (url) =>
        pRetry(async () => {
          const response = await fetch(url, { headers });
          if (response.ok) return response.json();
          await response.body?.cancel();
          throw new Error(`HTTP ${response.status}`);
        }, pRetryOptions);
  }
  throw new Error(`unknown peer ${peer}`);
}
