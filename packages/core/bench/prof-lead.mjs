import { catalogue, classify } from '../dist/index.mjs';

const corpus = catalogue.map((entry) => entry.example);
const mode = process.argv[2];
const inputs = corpus.map(({ status, headers, body }) => {
  let value = body;
  if (mode === 'parsed') {
    try {
      value = JSON.parse(body);
    } catch {}
  }
  return { status, headers, body: value };
});
let sink = 0;
const t = performance.now();
for (let i = 0; i < 40000; i++) for (const input of inputs) sink += classify(input).status;
console.log(
  mode,
  (((performance.now() - t) * 1e6) / (40000 * inputs.length)).toFixed(0),
  'ns/classify',
  sink > 0,
);
