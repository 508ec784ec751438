// The axios suite again, with every `import … from 'axios'` resolved to the oldest axios that the
// peer range `^1.7.0` admits. `node tooling/runtimes/run.mjs` installs it into `.runtimes/axios1.7`
// and runs this under the machine's Node; by hand:
// `node node_modules/vitest/vitest.mjs run --config packages/axios/vitest.axios-oldest.config.ts`.
import { fileURLToPath } from 'node:url';
import { packageProject } from '@xapi-errors/vitest-config';
import { defineConfig } from 'vitest/config';
import { pinnedLibraryDir } from '../../tooling/runtimes/lib/library-copy.mjs';

const axiosDir = pinnedLibraryDir('axios1.7');

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The adapter's source imports axios at run time too (`isAxiosError`, `Axios`), and the tests load
  // it from `../src`, so this one alias puts both on the same copy: two copies would disagree on
  // `instanceof`, `isAxiosError` and whose interceptors run. `index.js` is the ESM entry that axios's
  // `exports` gives a Node `import`, as with the catalog version.
  resolve: { alias: [{ find: /^axios$/, replacement: `${axiosDir}/index.js` }] },
  test: { ...packageProject('axios1.7').test },
});
