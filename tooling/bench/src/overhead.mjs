// 1. Success-path overhead: each adapter against the bare client it wraps, on 2xx responses.
// Requests alternate bare/ours (the order flips every pair) so both see the same machine noise,
// and medians of per-request latency keep a descheduled request from moving the figure.
import { startSimulator } from '@xapi-errors/testkit';
import { bareClient, bareNames, ourClient, stacks } from './clients.mjs';
import { median, round } from './stats.mjs';

const warmupPairs = 200;
const pairs = 1500;
const chunks = 4;
const target = 1.03;

async function timed(get, url) {
  const started = performance.now();
  await get(url);
  return performance.now() - started;
}

/**
 * What is compared: each adapter as its README's quick start uses it, and the Effect client once
 * more without the retry schedule, to tell its own cost from that of `Effect.retry`, which the
 * bare client does not pay (and a bare client that retries would).
 */
const contestants = [
  ...stacks.map((stack) => ({ stack, scheduled: true })),
  { stack: 'effect', scheduled: false },
];

async function measureStack({ stack, scheduled }, sim) {
  const headers = { authorization: 'Bearer bench-token' };
  const bare = await bareClient(stack, headers);
  const ours = await ourClient(stack, headers, {}, { scheduled });
  const url = `${sim.url}/2/users/me`;
  for (let i = 0; i < warmupPairs; i++) {
    await bare(url);
    await ours(url);
  }
  const bareMs = [];
  const ourMs = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      bareMs.push(await timed(bare, url));
      ourMs.push(await timed(ours, url));
    } else {
      ourMs.push(await timed(ours, url));
      bareMs.push(await timed(bare, url));
    }
    // The simulator records every request; keep that list short so it costs both sides alike.
    if (i % 250 === 249) sim.reset();
  }
  const size = pairs / chunks;
  const chunkRatios = Array.from({ length: chunks }, (_, c) => {
    const slice = (list) => list.slice(c * size, (c + 1) * size);
    return median(slice(ourMs)) / median(slice(bareMs));
  });
  const bareMedian = median(bareMs);
  const ourMedian = median(ourMs);
  return {
    stack,
    scheduled,
    pairs,
    bareMedianUs: round(bareMedian * 1000, 1),
    ourMedianUs: round(ourMedian * 1000, 1),
    addedUs: round((ourMedian - bareMedian) * 1000, 1),
    ratio: round(ourMedian / bareMedian),
    chunkRatios: chunkRatios.map((ratio) => round(ratio)),
  };
}

/** `BENCH_STACKS=axios,ky` narrows a run to those stacks while working on one adapter. */
function selectedContestants() {
  const asked = process.env.BENCH_STACKS?.split(',').filter(Boolean) ?? [];
  return asked.length === 0 ? contestants : contestants.filter(({ stack }) => asked.includes(stack));
}

/** Runs the comparison for every stack; returns raw figures and report rows. */
export async function overhead() {
  const sim = await startSimulator();
  const results = [];
  try {
    for (const contestant of selectedContestants()) results.push(await measureStack(contestant, sim));
  } finally {
    await sim.close();
  }
  const rows = results.map((r) => ({
    comparison: '1. Success-path overhead (2xx)',
    figure: `@xapi-errors/${r.stack}${r.scheduled ? '' : ' without Effect.retry'} vs bare ${bareNames[r.stack]}`,
    value: `${r.ratio.toFixed(2)}×`,
    target: `≤ ${target}×`,
    pass: r.ratio <= target,
    detail:
      `median ${r.bareMedianUs} µs → ${r.ourMedianUs} µs per request (+${r.addedUs} µs); ` +
      `${r.pairs} alternating pairs, per-quarter ratios ${Math.min(...r.chunkRatios).toFixed(2)}–${Math.max(...r.chunkRatios).toFixed(2)}`,
  }));
  return { results, rows };
}
