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

/**
 * Not a classifier: the least any classifier that returns problems does once the body is parsed,
 * namely find the error objects and copy each one's code, type and text into a result. It shows how
 * much of the string-body budget parsing and a bare result leave for everything else (matching,
 * headers, rate limits, retry timing, redaction, the message).
 */
function bareResult(value, status) {
  const errors = value?.errors;
  const list = Array.isArray(errors) ? errors : [value];
  const problems = [];
  for (const item of list) {
    if (typeof item === 'object' && item !== null)
      problems.push({ code: item.code, type: item.type, message: item.message ?? item.detail });
  }
  return { ok: false, status, problems };
}

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
  })
  .add('JSON.parse + bare result (floor)', () => {
    for (const input of jsonCorpus) sink += bareResult(JSON.parse(input.body), input.status).problems.length;
  })
  .add('classify (no body, same headers)', () => {
    for (const { status, headers } of jsonCorpus) sink += classify({ status, headers }).status;
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
      ((task.name.includes('pre-parsed') ? parsed.length : jsonCorpus.length) / task.result.latency.mean) *
        1000,
    ).toLocaleString('en'),
  })),
);
console.log(
  `classify, pre-parsed: ${(preParsedPerSecond / 1e6).toFixed(2)} M classifications/s (target ≥ 2 M/s)`,
);
console.log(`classify with string body vs JSON.parse alone: ${ratio.toFixed(2)}× (target ≤ 1.3×)`);
const parseMs = perOp['JSON.parse alone (same bodies)'];
console.log(
  `for scale, vs JSON.parse alone: JSON.parse + a bare result ${(perOp['JSON.parse + bare result (floor)'] / parseMs).toFixed(2)}×, ` +
    `classify without the body ${(perOp['classify (no body, same headers)'] / parseMs).toFixed(2)}×`,
);
if (sink === 42) console.log('');
