// Classifier throughput over the catalogue's example corpus, side by side with JSON.parse of the
// same bodies, in one run. Run with `pnpm bench` (after `pnpm build`).
import { Bench } from 'tinybench';
import { catalogue, classify } from '../dist/index.mjs';

const corpus = catalogue.map((entry) => entry.example);
const parsed = corpus.map(({ status, headers, body }) => {
  let value = body;
  try {
    value = JSON.parse(body);
  } catch {}
  return { status, headers, body: value };
});
const jsonBodies = corpus
  .map((example) => example.body)
  .filter((body) => {
    try {
      JSON.parse(body);
      return true;
    } catch {
      return false;
    }
  });
const jsonCorpus = corpus.filter((example) => jsonBodies.includes(example.body));

const bench = new Bench({ time: 1500, warmupTime: 300 });
let sink = 0;
bench
  .add('classify (pre-parsed body)', () => {
    for (const input of parsed) sink += classify(input).status;
  })
  .add('classify (string body)', () => {
    for (const input of jsonCorpus) sink += classify(input).status;
  })
  .add('JSON.parse alone (same bodies)', () => {
    for (const body of jsonBodies) sink += JSON.parse(body) ? 1 : 0;
  });
await bench.run();

const perOp = Object.fromEntries(bench.tasks.map((task) => [task.name, task.result.latency.mean]));
// `--json`: the raw figures for tooling/bench, which puts them in its cross-package table.
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ corpus: parsed.length, jsonBodies: jsonCorpus.length, meanMs: perOp }));
  process.exit(0);
}
const preParsedPerSecond = (parsed.length / perOp['classify (pre-parsed body)']) * 1000;
const ratio = perOp['classify (string body)'] / perOp['JSON.parse alone (same bodies)'];
console.log(`corpus: ${parsed.length} examples (${jsonCorpus.length} JSON bodies)`);
console.table(
  bench.tasks.map((task) => ({
    task: task.name,
    'µs per corpus pass': (task.result.latency.mean * 1000).toFixed(1),
    'items/s': Math.round(
      ((task.name.startsWith('JSON') || task.name.includes('string') ? jsonCorpus.length : parsed.length) /
        task.result.latency.mean) *
        1000,
    ).toLocaleString('en'),
  })),
);
console.log(
  `classify, pre-parsed: ${(preParsedPerSecond / 1e6).toFixed(2)} M classifications/s (target ≥ 2 M/s)`,
);
console.log(`classify with string body vs JSON.parse alone: ${ratio.toFixed(2)}× (target ≤ 1.3×)`);
if (sink === 42) console.log('');
