// The ky suite again, with every `import … from 'ky'` resolved to ky 2, which needs Node ≥ 22.
// `node tooling/runtimes/run.mjs` installs ky 2 into `.runtimes/ky2` and runs this under Node 24;
// by hand: `<node ≥ 22> node_modules/vitest/vitest.mjs run --config packages/ky/vitest.ky2.config.ts`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageProject } from '@xapi-errors/vitest-config';
import { defineConfig } from 'vitest/config';

const kyDir =
  process.env.XAPI_KY2_DIR ?? fileURLToPath(new URL('../../.runtimes/ky2/node_modules/ky', import.meta.url));

function kyVersion(): string {
  try {
    return JSON.parse(readFileSync(`${kyDir}/package.json`, 'utf8')).version;
  } catch {
    throw new Error(`no ky in ${kyDir}; \`node tooling/runtimes/run.mjs\` installs ky 2 there`);
  }
}

const version = kyVersion();
if (!version.startsWith('2.')) throw new Error(`${kyDir} holds ky ${version}, not ky 2`);
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor < 22) throw new Error(`ky 2 needs Node ≥ 22; this is Node ${process.versions.node}`);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The adapter imports only types from ky, so at run time the tests' imports are the only ones.
  resolve: { alias: [{ find: /^ky$/, replacement: `${kyDir}/distribution/index.js` }] },
  test: { ...packageProject('ky2').test },
});
