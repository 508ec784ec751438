import type { Driver } from './driver.ts';
import { demoRandom } from './expectations.ts';
import type { RunResult, ScenarioReport } from './result.ts';
import { failedRun, runSteps, summarize, withTimeout } from './runner.ts';

/** One read-only check against a real API. */
export interface LiveCheck {
  readonly name: string;
  readonly title: string;
  /** The environment variable holding the credential. */
  readonly variable: string;
  /** What the variable must hold, for the message when it is missing. */
  readonly holds: string;
  readonly baseUrl: string;
  readonly path: string;
  readonly headers: (credential: string) => Record<string, string>;
}

/** The live checks: one per API, each needing its own credential. */
export const liveChecks: readonly LiveCheck[] = [
  {
    name: 'x-user-lookup',
    title: 'X API v2: look up @XDevelopers by username (read-only)',
    variable: 'X_BEARER_TOKEN',
    holds: 'an X API bearer token',
    baseUrl: 'https://api.x.com',
    path: '/2/users/by/username/XDevelopers',
    headers: (token) => ({ authorization: `Bearer ${token}` }),
  },
  {
    name: 'sorsa-key-usage',
    title: 'Sorsa: usage of the key (read-only, spends no quota)',
    variable: 'SORSA_API_KEY',
    holds: 'a Sorsa API key',
    baseUrl: 'https://api.sorsa.io',
    path: '/v3/key-usage-info',
    headers: (key) => ({ ApiKey: key }),
  },
];

/** How long the reachability probe may take per API. */
const probeTimeoutMs = 3000;

/** Live runs must not sit out a 15-minute window: a longer wait ends the run with the error instead. */
const liveRetry = { random: demoRandom, maxDelayMs: 5000, maxTotalMs: 15_000 } as const;

/** Where the live path writes. */
export interface LiveIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Exit code when `--live` cannot run at all. */
export const cannotRun = 3;

function reason(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError')
    return `no answer within ${probeTimeoutMs / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  return error instanceof Error ? error.message : String(error);
}

/** Whether the API host answers at all; any HTTP status counts. No credential is sent. */
async function unreachable(baseUrl: string): Promise<string | undefined> {
  try {
    await fetch(baseUrl, { method: 'HEAD', signal: AbortSignal.timeout(probeTimeoutMs) });
    return undefined;
  } catch (error) {
    return reason(error);
  }
}

/**
 * A check sends a fixed, known-good read: the API calling it invalid means the demo sent it wrong,
 * however well the adapters agree on that.
 */
function refusedAsInvalid(result: RunResult): RunResult {
  if (!result.outcomes.includes('invalid-request')) return result;
  const found = 'the API refused the check itself as an invalid request';
  return { ...result, mismatches: [...result.mismatches, found] };
}

function agree(results: RunResult[]): RunResult[] {
  const [reference] = results;
  if (!reference) return results;
  return results.map((result) => {
    if (result === reference) return result;
    const found: string[] = [];
    if (result.outcomes.join() !== reference.outcomes.join()) {
      found.push(
        `outcome ${result.outcomes.join(', ')}, ${reference.adapter} got ${reference.outcomes.join(', ')}`,
      );
    }
    if (result.entries.join() !== reference.entries.join()) {
      found.push(
        `entries ${result.entries.join(', ')}, ${reference.adapter} got ${reference.entries.join(', ')}`,
      );
    }
    return { ...result, mismatches: [...result.mismatches, ...found] };
  });
}

async function runCheck(check: LiveCheck, credential: string, driver: Driver): Promise<RunResult> {
  const step = { calls: [{ method: 'GET' as const, path: check.path, headers: check.headers(credential) }] };
  try {
    // Untagged: X v2 refuses a query parameter it does not know, so a tag would test nothing.
    const run = runSteps([step], driver, check.baseUrl, { retry: liveRetry }, { tag: 'one-at-a-time' });
    const steps = await withTimeout(run, 20_000);
    const summary = summarize(steps);
    const attempts = steps.flat().reduce((total, record) => total + record.retries + 1, 0);
    return { adapter: driver.name, ...summary, attempts, mismatches: [] };
  } catch (error) {
    return failedRun(driver, error);
  }
}

/** What a live run came to. */
export interface LiveResult {
  /** 0 when every adapter agreed, 1 when they did not, {@link cannotRun} when nothing could run. */
  readonly exitCode: number;
  readonly scenarios: readonly ScenarioReport[];
}

/**
 * The `--live` path: read-only checks against the real APIs for every credential present in `env`,
 * after a short reachability probe. Without any credential, or when an API cannot be reached, it
 * says exactly what is missing and sends nothing with a credential.
 */
export async function runLive(
  env: NodeJS.ProcessEnv,
  drivers: readonly Driver[],
  io: LiveIo,
  onReport?: (report: ScenarioReport) => void,
  checks: readonly LiveCheck[] = liveChecks,
): Promise<LiveResult> {
  const ready = checks.flatMap((check) => {
    const credential = env[check.variable]?.trim();
    return credential ? [{ check, credential }] : [];
  });
  if (ready.length === 0) {
    const wanted = checks.map((check) => `${check.variable} (${check.holds})`).join(' or ');
    io.err(`--live cannot run: no credentials. Set ${wanted} and try again. Nothing was sent.\n`);
    return { exitCode: cannotRun, scenarios: [] };
  }
  for (const check of checks) {
    if (!ready.some((item) => item.check === check))
      io.err(`--live: ${check.variable} is not set, skipping ${check.name}.\n`);
  }
  const probes = await Promise.all(
    ready.map(async ({ check }) => ({ check, problem: await unreachable(check.baseUrl) })),
  );
  const down = probes.filter((probe) => probe.problem !== undefined);
  if (down.length > 0) {
    for (const { check, problem } of down)
      io.err(`--live cannot run: ${check.baseUrl} is not reachable (${problem}).\n`);
    io.err('Check the network connection (or proxy) and try again. Nothing was sent with a credential.\n');
    return { exitCode: cannotRun, scenarios: [] };
  }
  const scenarios: ScenarioReport[] = [];
  for (const { check, credential } of ready) {
    const started = performance.now();
    const runs = await Promise.all(drivers.map((driver) => runCheck(check, credential, driver)));
    const results = agree(runs).map(refusedAsInvalid);
    const report = {
      name: check.name,
      title: check.title,
      results,
      elapsedMs: Math.round(performance.now() - started),
    };
    scenarios.push(report);
    onReport?.(report);
  }
  const consistent = scenarios.every((report) =>
    report.results.every((result) => result.mismatches.length === 0),
  );
  return { exitCode: consistent ? 0 : 1, scenarios };
}
