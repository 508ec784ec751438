// 4. Retry amplification in an outage: every response is a 503. Attempts per logical request,
// counted at the simulator, for our adapters (default retry budget; Effect with the README's
// `XApiSchedule.budgeted`, and once without it) and the peers' defaults.
//
// Contestants run at once, each on its own path: in a total outage the attempt count of every
// contestant depends on its retry rules, not on timing. p-retry's waits are scaled down 1000×
// (1 ms doubling instead of 1 s): at its defaults each request would wait 17 minutes, and the
// number of attempts (1 + 10 retries) does not depend on the waits.
import { startSimulator } from '@xapi-errors/testkit';
import { ourClient, stacks } from './clients.mjs';
import { peerClient, peers } from './peers.mjs';
import { runPool, succeeded } from './pool.mjs';
import { round } from './stats.mjs';

const requests = 400;
const concurrency = 50;
const target = 1.1;
const comparison = `4. Retry amplification, every response 503 (${requests} req, concurrency ${concurrency})`;

/** Our retry budget: 100 tokens, 5 per retry after a 503. */
const budgetRetries = 100 / 5;

function contestants() {
  const headers = { authorization: 'Bearer bench-token' };
  const ours = stacks.map((stack) => ({
    name: stack === 'effect' ? '@xapi-errors/effect with XApiSchedule.budgeted' : `@xapi-errors/${stack}`,
    ours: true,
    budget: true,
    make: () => ourClient(stack, headers, {}, { budgeted: true }),
  }));
  const unbudgeted = {
    name: '@xapi-errors/effect, quick-start schedule (no budget)',
    ours: true,
    budget: false,
    make: () => ourClient('effect', headers),
  };
  const theirs = peers.map((peer) => ({
    name: peer,
    ours: false,
    make: async () => peerClient(peer, headers, peer === 'p-retry' ? { minTimeout: 1 } : {}),
  }));
  return [...ours, unbudgeted, ...theirs];
}

/** Runs every contestant against a failing simulator; returns raw figures and report rows. */
export async function amplification() {
  const sim = await startSimulator({ faults: { rate: 1, kinds: ['over-capacity-503'] } });
  let results;
  try {
    results = await Promise.all(
      contestants().map(async (contestant, index) => {
        const path = `/2/bench/${index}`;
        const get = await contestant.make();
        const outcomes = await runPool(requests, concurrency, () => succeeded(get(`${sim.url}${path}`)));
        const sent = sim.requestCount((r) => r.path === path);
        return {
          name: contestant.name,
          ours: contestant.ours,
          budget: contestant.budget ?? false,
          ok: outcomes.filter(Boolean).length,
          sent,
          attemptsPerRequest: round(sent / requests),
        };
      }),
    );
  } finally {
    await sim.close();
  }
  return { results, rows: results.map(toRow) };
}

function toRow(r) {
  const judged = r.ours && r.budget;
  let note = `${r.sent} requests sent for ${requests}`;
  if (judged) note += `; the budget allows ${budgetRetries} retries per outage, so 1 + ${budgetRetries}/N`;
  if (r.ours && !r.budget)
    note += '; Schedule.max([rateLimitAware, recurs(3)]) alone bounds each call, not the outage';
  if (r.name === 'p-retry') note += '; waits scaled 1000× down';
  return {
    comparison,
    figure: `${r.name}${r.ours ? '' : ' (defaults)'}: attempts per logical request`,
    value: `${r.attemptsPerRequest.toFixed(2)}`,
    target: judged ? `≤ ${target}` : 'comparison',
    pass: judged ? r.attemptsPerRequest <= target : undefined,
    detail: note,
  };
}
