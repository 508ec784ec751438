// The markdown table every run prints, and the JSON results a full run writes.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';

const verdicts = { true: 'pass', false: '**MISSED**', undefined: '—' };

/** The rows as a markdown table: figure, result, target and verdict, with how it was measured. */
export function markdownTable(rows) {
  const cell = (text) => String(text).replaceAll('|', '\\|');
  const lines = [
    '| Comparison | Figure | Result | Target | Verdict | Measured |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const cells = [row.comparison, row.figure, row.value, row.target, verdicts[row.pass], row.detail];
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}

/** What the machine looked like: the figures are only comparable on the same kind of machine. */
export function environment() {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1e9),
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

/** Writes `results/<date>.json` and `results/latest.json` next to this package. */
export async function writeResults(results) {
  const directory = new URL('../results/', import.meta.url);
  await mkdir(directory, { recursive: true });
  const text = `${JSON.stringify(results, null, 2)}\n`;
  const date = results.finishedAt.slice(0, 10);
  await writeFile(new URL(`${date}.json`, directory), text);
  await writeFile(new URL('latest.json', directory), text);
  return [`results/${date}.json`, 'results/latest.json'];
}
