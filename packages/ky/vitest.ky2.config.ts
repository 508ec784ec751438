// The ky suite again, with every `import … from 'ky'` resolved to ky 2, which needs Node ≥ 22.
// `node tooling/runtimes/run.mjs` installs ky 2 into `.runtimes/ky2` and runs this under Node 24;
// by hand: `<node ≥ 22> node_modules/vitest/vitest.mjs run --config packages/ky/vitest.ky2.config.ts`.
import { fileURLToPath } from 'node:url';
import { packageProject } from '@xapi-errors/vitest-config';
import { defineConfig } from 'vitest/config';
import { pinnedLibraryDir } from '../../tooling/runtimes/lib/library-copy.mjs';

const kyDir = pinnedLibraryDir('ky2');
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor < 22) throw new Error(`ky 2 needs Node ≥ 22; this is Node ${process.versions.node}`);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The adapter imports only types from ky, so at run time the tests' imports are the only ones.
  resolve: { alias: [{ find: /^ky$/, replacement: `${kyDir}/distribution/index.js` }] },
  test: { ...packageProject('ky2').test },
});
