// `pnpm test:runtimes`: runs the conformance suite in Node 20, Node 24, Bun, Deno and headless
// Chromium against one testkit simulator, and the ky adapter's vitest suite against ky 2 under
// Node 24, installing the pinned runtimes and ky 2 on demand. Needs `pnpm build` first (it loads
// the built packages). Exits non-zero when any runtime fails.
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureChromium, ensureKy2, ensureNpmRuntimes } from './lib/install.mjs';
import { runBrowser } from './lib/launch-browser.mjs';
import { runCli } from './lib/launch-cli.mjs';
import { runVitest } from './lib/launch-vitest.mjs';
import { repoRoot, resultsFile, runtimesDir } from './lib/paths.mjs';
import { outcome, printReport, writeResults } from './lib/report.mjs';
import { ky2, npmRuntimes } from './lib/versions.mjs';

/** Generous for a suite that takes seconds: a runtime that needs longer is stuck. */
const runtimeTimeoutMs = 90_000;

/** The ky suite takes about 20 s: one that needs this long is stuck. */
const ky2TimeoutMs = 180_000;

function builtModule(specifier) {
  let file;
  try {
    file = fileURLToPath(import.meta.resolve(specifier));
  } catch (error) {
    throw new Error(`cannot resolve ${specifier} (${error.message}); run \`pnpm build\` first`);
  }
  if (!existsSync(file)) throw new Error(`${file} is missing; run \`pnpm build\` first`);
  return file;
}

/** The ky adapter's vitest suite with `ky` resolved to ky 2, under the Node that `ky2.runtime` names. */
function runKy2Suite(node, ky) {
  if (node.error !== undefined) return { error: `needs ${ky2.runtime}, which is not usable: ${node.error}` };
  if (ky.error !== undefined) return ky;
  const reports = npmRuntimes.find((runtime) => runtime.name === ky2.runtime).reports;
  return runVitest({
    binary: node.binary,
    config: `${repoRoot}packages/ky/vitest.ky2.config.ts`,
    reportFile: `${runtimesDir}/ky2-vitest.json`,
    env: { XAPI_KY2_DIR: ky.dir },
    runtime: `ky ${ky2.version} on ${reports}`,
    timeoutMs: ky2TimeoutMs,
  });
}

async function runAll() {
  const modules = {
    '@xapi-errors/core': builtModule('@xapi-errors/core'),
    '@xapi-errors/core/web': builtModule('@xapi-errors/core/web'),
    '@xapi-errors/fetch': builtModule('@xapi-errors/fetch'),
  };
  const { startSimulator } = await import(builtModule('@xapi-errors/testkit'));
  const { startGateway } = await import('./lib/gateway.mjs');
  const installed = { ...ensureNpmRuntimes(), chromium: ensureChromium(), ky2: ensureKy2() };

  const sim = await startSimulator();
  const gateway = await startGateway(sim, modules);
  const cli = (binary, args) =>
    runCli({ binary, args, timeoutMs: runtimeTimeoutMs, simUrl: sim.url, controlUrl: gateway.url });
  const outcomes = [];
  try {
    console.log(`runtimes: simulator ${sim.url}, gateway ${gateway.url}`);
    const host = `node ${process.versions.node}`;
    const hostName = `node${process.versions.node.split('.')[0]}`;
    outcomes.push(outcome(hostName, host, await cli(process.execPath, (file) => [file])));
    for (const runtime of npmRuntimes) {
      const { binary, error } = installed[runtime.name];
      const report = error === undefined ? await cli(binary, runtime.args) : { error };
      outcomes.push(outcome(runtime.name, runtime.reports, report));
    }
    outcomes.push(outcome(ky2.name, undefined, await runKy2Suite(installed[ky2.runtime], installed.ky2)));
    const { binary, error } = installed.chromium;
    const report =
      error === undefined
        ? await runBrowser({ binary, pageUrl: `${gateway.url}/page/`, timeoutMs: runtimeTimeoutMs })
        : { error };
    outcomes.push(outcome('chromium', undefined, report));
  } finally {
    await gateway.close();
    await sim.close();
  }
  return outcomes;
}

rmSync(resultsFile, { force: true });
let outcomes;
try {
  outcomes = await runAll();
} catch (error) {
  outcomes = [outcome('setup', undefined, { error: String(error?.stack ?? error) })];
}
printReport(outcomes);
const { passed, failed } = writeResults(outcomes);
console.log(`\nruntimes: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
