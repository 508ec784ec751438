// 2. Goodput under Sorsa's 20 requests/s per key: 400 requests at concurrency 20 (ideal: 20 s,
// no 429s). Our adapters pace by default; the peers meet the limit and retry at their defaults.
// 429s are counted at the simulator, from the arrival times it recorded per key.
//
// Contestants run one at a time: running our four adapters at once (on separate keys) measured
// ~5% slower on a 2-core machine, because the pacer's wake-ups then queue behind each other on
// the event loop. Each runs the full 400 requests, the peers too.
import { startSimulator } from '@xapi-errors/testkit';
import { ourClient, stacks } from './clients.mjs';
import { peerClient, peers } from './peers.mjs';
import { runPool, succeeded } from './pool.mjs';
import { round } from './stats.mjs';
import { refusedByWindows } from './windows.mjs';

const requests = 400;
const concurrency = 20;
const perSecond = 20;
const wallTarget = 1.05;
const refusedTarget = 0.01;
const comparison = '2. Goodput, Sorsa 20 req/s (concurrency 20)';

async function race(name, get, sim, key, requests) {
  const url = `${sim.url}/v3/search-tweets?query=bench`;
  const idealMs = (requests / perSecond) * 1000;
  const started = performance.now();
  const outcomes = await runPool(requests, concurrency, () => succeeded(get(url)));
  const wallMs = performance.now() - started;
  const arrivals = sim.requests.filter((r) => r.headers.apikey === key).map((r) => r.time);
  return {
    name,
    requests,
    ok: outcomes.filter(Boolean).length,
    sent: arrivals.length,
    refused429: refusedByWindows(arrivals, perSecond, 1000),
    wallMs: round(wallMs, 0),
    idealMs,
    wallRatio: round(wallMs / idealMs),
  };
}

/** Runs every contestant in turn on its own key; returns raw figures and report rows. */
export async function goodput() {
  const sim = await startSimulator();
  const results = [];
  try {
    for (const stack of stacks) {
      const key = `bench-${stack}`;
      const get = await ourClient(stack, { ApiKey: key });
      results.push({ ours: true, ...(await race(`@xapi-errors/${stack}`, get, sim, key, requests)) });
    }
    for (const peer of peers) {
      const key = `bench-${peer.replace(/\W+/g, '-')}`;
      results.push({
        ours: false,
        ...(await race(peer, peerClient(peer, { ApiKey: key }), sim, key, requests)),
      });
    }
  } finally {
    await sim.close();
  }
  return { results, rows: results.map(toRow) };
}

function toRow(r) {
  const refusedShare = r.refused429 / r.requests;
  const ideal = `${r.idealMs / 1000} s`;
  return {
    comparison,
    figure: `${r.name}${r.ours ? '' : ' (defaults)'}, ${r.requests} req: wall / ideal ${ideal}; 429s received`,
    value: `${r.wallRatio.toFixed(3)}×; ${r.refused429} (${(refusedShare * 100).toFixed(1)}%)`,
    target: r.ours ? `≤ ${wallTarget}×; ≤ 1%` : 'comparison',
    pass: r.ours
      ? r.ok === r.requests && r.wallRatio <= wallTarget && refusedShare <= refusedTarget
      : undefined,
    detail: `${r.ok}/${r.requests} succeeded; ${r.sent} requests sent; wall ${(r.wallMs / 1000).toFixed(2)} s`,
  };
}
