// 3. X window: exhaust a scaled per-endpoint window (5 requests per 1 s instead of, say, 900 per
// 15 minutes) and measure, at each reset, the time until the next request succeeds, plus the 429s
// the simulator sent. With `pace: { x: true }` the adapter should wait for the reset instead of
// meeting a 429; the default (`x: false`) meets one 429 per window and retries at the reset.
import { startSimulator } from '@xapi-errors/testkit';
import { ourClient, stacks } from './clients.mjs';
import { median, round } from './stats.mjs';
import { refusedByWindows } from './windows.mjs';

const limit = 5;
const windowMs = 1000;
const windows = 3;
const delayTarget = 50;
const comparison = `3. X window (scaled: ${limit} req / ${windowMs / 1000} s)`;
const modes = {
  'pace.x on': { pace: { x: true } },
  'defaults (pace.x off)': {},
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends requests one after another through `windows` resets, starting early in a window. */
async function exhaust(get, url) {
  // The previous run ends just after a reset, so most runs can start at once.
  if (Date.now() % windowMs > 100) await sleep(windowMs - (Date.now() % windowMs) + 20);
  const firstWindow = Math.floor(Date.now() / windowMs);
  const completions = [];
  for (let i = 0; i < limit * windows + 1; i++) {
    await get(url);
    completions.push(Date.now());
  }
  // A reset is the start of each later window the run reached; the first completion after it
  // is the request that was held back (or refused and retried) at that reset.
  const delays = [];
  for (let w = firstWindow + 1; w <= firstWindow + windows; w++) {
    const reset = w * windowMs;
    const next = completions.find((time) => time >= reset);
    if (next !== undefined) delays.push(next - reset);
  }
  return delays;
}

/** Runs every adapter in both modes, one at a time; returns raw figures and report rows. */
export async function xWindow() {
  const routes = {};
  for (const stack of stacks) {
    for (const mode of Object.keys(modes))
      routes[`GET /2/bench/${stack}/${mode.split(' ')[0]}`] = { stack, mode };
  }
  const xLimits = Object.fromEntries(Object.keys(routes).map((route) => [route, { limit, windowMs }]));
  const sim = await startSimulator({ xLimits });
  const results = [];
  try {
    for (const [route, { stack, mode }] of Object.entries(routes)) {
      const path = route.slice('GET '.length);
      const get = await ourClient(stack, { authorization: 'Bearer bench-token' }, modes[mode]);
      const delays = await exhaust(get, `${sim.url}${path}`);
      const arrivals = sim.requests.filter((r) => r.path === path).map((r) => r.time);
      results.push({
        stack,
        mode,
        resets: delays.length,
        delaysMs: delays,
        medianDelayMs: round(median(delays), 1),
        maxDelayMs: Math.max(...delays),
        sent: arrivals.length,
        refused429: refusedByWindows(arrivals, limit, windowMs),
      });
    }
  } finally {
    await sim.close();
  }
  return { results, rows: results.map(toRow) };
}

function toRow(r) {
  const paced = r.mode === 'pace.x on';
  return {
    comparison,
    figure: `@xapi-errors/${r.stack}, ${r.mode}: reset → next success (max of ${r.resets}); extra 429s`,
    value: `${r.maxDelayMs} ms; ${r.refused429}`,
    target: paced ? `≤ ${delayTarget} ms; 0` : 'comparison',
    pass: paced ? r.resets === windows && r.maxDelayMs <= delayTarget && r.refused429 === 0 : undefined,
    detail: `delays ${r.delaysMs.join(', ')} ms (median ${r.medianDelayMs}); ${r.sent} requests sent for ${limit * windows + 1}`,
  };
}
