// ESM min+gzip size of what an app ships for a given import, bundled from the built package.
// `--check` (run by `lint`) fails when `classify` alone outgrows its budget.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const cases = [
  ['import { classify } from "@xapi-errors/core"', 'export { classify } from "./dist/index.mjs";'],
  [
    'import { catalogue } from "@xapi-errors/core" (English)',
    'export { catalogue } from "./dist/index.mjs";',
  ],
  ['import { de } from "@xapi-errors/core/locales/de"', 'export { de } from "./dist/locales/de.mjs";'],
  ['import * from "@xapi-errors/core"', 'export * from "./dist/index.mjs";'],
];

/** The target for `import { classify }` alone, in gzipped kB. */
const classifyBudgetKb = 12;

const rows = [];
for (const [name, contents] of cases) {
  const result = await build({
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'neutral',
  });
  const code = result.outputFiles[0].contents;
  rows.push({
    import: name,
    'min (kB)': (code.length / 1000).toFixed(1),
    'min+gzip (kB)': (gzipSync(code).length / 1000).toFixed(1),
  });
}
console.table(rows);
const classifyKb = Number(rows[0]['min+gzip (kB)']);
if (process.argv.includes('--check') && classifyKb > classifyBudgetKb) {
  console.error(`import { classify } is ${classifyKb} kB min+gzip, over its ${classifyBudgetKb} kB budget`);
  process.exit(1);
}
