// `pnpm test:runtimes`: runs the conformance suite in Node 20, Node 24, Bun, Deno and headless
// Chromium against one testkit simulator, installing the pinned runtimes on demand. Needs
// `pnpm build` first (it loads the built packages). Exits non-zero when any runtime fails.
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureChromium, ensureNpmRuntimes } from './lib/install.mjs';
import { runBrowser } from './lib/launch-browser.mjs';
import { runCli } from './lib/launch-cli.mjs';
import { resultsFile } from './lib/paths.mjs';
import { outcome, printReport, writeResults } from './lib/report.mjs';
import { npmRuntimes } from './lib/versions.mjs';

/** Generous for a suite that takes seconds: a runtime that needs longer is stuck. */
const runtimeTimeoutMs = 90_000;

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

async function runAll() {
  const modules = {
    '@xapi-errors/core': builtModule('@xapi-errors/core'),
    '@xapi-errors/fetch': builtModule('@xapi-errors/fetch'),
  };
  const { startSimulator } = await import(builtModule('@xapi-errors/testkit'));
  const { startGateway } = await import('./lib/gateway.mjs');
  const installed = { ...ensureNpmRuntimes(), chromium: ensureChromium() };

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
