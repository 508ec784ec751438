// `pnpm bench` (after `pnpm build`): every comparison of the issue, each measured side by side in
// one run against the testkit simulator on 127.0.0.1. Prints a markdown table; a full run also
// writes results/<date>.json and results/latest.json. `node run.mjs goodput x-window` runs a subset
// (printed only).
import { amplification } from './src/amplification.mjs';
import { classifier } from './src/classifier.mjs';
import { goodput } from './src/goodput.mjs';
import { overhead } from './src/overhead.mjs';
import { environment, markdownTable, writeResults } from './src/report.mjs';
import { xWindow } from './src/x-window.mjs';

const comparisons = {
  overhead,
  goodput,
  'x-window': xWindow,
  amplification,
  classifier,
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in comparisons));
if (unknown.length > 0) {
  console.error(
    `unknown comparison ${unknown.join(', ')}; choose from ${Object.keys(comparisons).join(', ')}`,
  );
  process.exit(2);
}
const selected = Object.keys(comparisons).filter((name) => asked.length === 0 || asked.includes(name));

const startedAt = new Date().toISOString();
const before = environment();
const sections = {};
const rows = [];
for (const name of selected) {
  const started = performance.now();
  console.error(`running ${name}…`);
  const section = await comparisons[name]();
  sections[name] = {
    seconds: Math.round((performance.now() - started) / 100) / 10,
    results: section.results,
  };
  rows.push(...section.rows);
}

console.log(markdownTable(rows));
const missed = rows.filter((row) => row.pass === false).length;
const judged = rows.filter((row) => row.pass !== undefined).length;
console.log(
  `\n${judged - missed}/${judged} targets met. Node ${before.node}, ${before.cpus} × ${before.cpuModel}; ` +
    `load average ${before.loadAverage.join(' ')} at start, ${environment().loadAverage.join(' ')} at end ` +
    '(other processes share the machine: latency figures carry that noise).',
);

if (asked.length === 0) {
  const results = {
    command: 'pnpm bench',
    startedAt,
    finishedAt: new Date().toISOString(),
    environment: { ...before, loadAverageAtEnd: environment().loadAverage },
    rows,
    sections,
  };
  const written = await writeResults(results);
  console.log(`Results: ${written.map((file) => `tooling/bench/${file}`).join(', ')}`);
}
