// The measurement of packages/core/bench/classify.bench.mjs (same corpus, same tasks), run in a
// process of its own as core's is; prints its figures as JSON for `classifier.mjs`.
import { catalogue, classify } from '@xapi-errors/core';
import { Bench } from 'tinybench';

function parsesAsJson(body) {
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

const corpus = catalogue.map((entry) => entry.example);
const parsed = corpus.map(({ status, headers, body }) => ({
  status,
  headers,
  body: parsesAsJson(body) ? JSON.parse(body) : body,
}));
const jsonCorpus = corpus.filter((example) => parsesAsJson(example.body));
const jsonBodies = jsonCorpus.map((example) => example.body);

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
if (sink === 0) throw new Error('the benchmark did no work');

const meanMs = Object.fromEntries(bench.tasks.map((task) => [task.name, task.result.latency.mean]));
console.log(JSON.stringify({ corpus: parsed.length, jsonBodies: jsonCorpus.length, meanMs }));
