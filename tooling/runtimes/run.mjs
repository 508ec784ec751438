// `pnpm test:runtimes`: runs the conformance suite in Node 20, Node 24, Bun, Deno and headless
// Chromium against one testkit simulator, and adapters' own vitest suites against other versions of
// their library (ky 2 under Node 24, axios 1.7 under Node 20), installing the pinned runtimes and
// libraries on demand. Needs `pnpm build` first (it loads the built packages). Exits non-zero when
// any runtime fails.
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureChromium, ensureLibraries, ensureNpmRuntimes } from './lib/install.mjs';
import { runBrowser } from './lib/launch-browser.mjs';
import { runCli } from './lib/launch-cli.mjs';
import { runVitest } from './lib/launch-vitest.mjs';
import { repoRoot, resultsFile, runtimesDir } from './lib/paths.mjs';
import { outcome, printReport, writeResults } from './lib/report.mjs';
import { librarySuites, npmRuntimes } from './lib/versions.mjs';

/** Generous for a suite that takes seconds: a runtime that needs longer is stuck. */
const runtimeTimeoutMs = 90_000;

/** An adapter's vitest suite takes about 20 s: one that needs this long is stuck. */
const librarySuiteTimeoutMs = 180_000;

/** The Node that runs the runner, as its row reports it and is named (after its major). */
const host = { reports: `node ${process.versions.node}`, name: `node${process.versions.node.split('.')[0]}` };

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

/** The Node that `suite.runtime` names: `{ name, reports, binary }`, or `{ name, reports, error }`. */
function suiteNode(suite, installed) {
  if (suite.runtime === 'host') return { ...host, binary: process.execPath };
  const runtime = npmRuntimes.find((candidate) => candidate.name === suite.runtime);
  return { name: runtime.name, reports: runtime.reports, ...installed[runtime.name] };
}

/** `suite`'s adapter vitest suite, its config aliasing the package to the pinned copy, under `node`. */
function runLibrarySuite(suite, node, copy) {
  if (node.error !== undefined) return { error: `needs ${node.name}, which is not usable: ${node.error}` };
  if (copy.error !== undefined) return copy;
  return runVitest({
    binary: node.binary,
    config: `${repoRoot}${suite.config}`,
    reportFile: `${runtimesDir}/${suite.library}-vitest.json`,
    runtime: `${suite.package} ${suite.version} on ${node.reports}`,
    timeoutMs: librarySuiteTimeoutMs,
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
  const installed = { ...ensureNpmRuntimes(), chromium: ensureChromium() };
  const libraries = ensureLibraries();

  const sim = await startSimulator();
  const gateway = await startGateway(sim, modules);
  const cli = (binary, args) =>
    runCli({ binary, args, timeoutMs: runtimeTimeoutMs, simUrl: sim.url, controlUrl: gateway.url });
  const outcomes = [];
  try {
    console.log(`runtimes: simulator ${sim.url}, gateway ${gateway.url}`);
    outcomes.push(outcome(host.name, host.reports, await cli(process.execPath, (file) => [file])));
    for (const runtime of npmRuntimes) {
      const { binary, error } = installed[runtime.name];
      const report = error === undefined ? await cli(binary, runtime.args) : { error };
      outcomes.push(outcome(runtime.name, runtime.reports, report));
    }
    for (const suite of librarySuites) {
      const node = suiteNode(suite, installed);
      const report = await runLibrarySuite(suite, node, libraries[suite.library]);
      outcomes.push(outcome(`${suite.library}-${node.name}`, undefined, report));
    }
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
