// 5. Classifier throughput: core's benchmark (packages/core/bench/classify.bench.mjs: same corpus,
// tasks and targets), repeated so its figures land in the same table and results file. It runs in
// a fresh process, as core's does, so the comparisons before it leave no trace in its figures.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { round } from './stats.mjs';

const rateTarget = 2e6;
const parseRatioTarget = 1.3;
const comparison = '5. Classifier throughput (catalogue corpus)';

function measure() {
  const script = fileURLToPath(new URL('../../../packages/core/bench/classify.bench.mjs', import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script, '--json'], (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout)),
    );
  });
}

/** Runs the classifier benchmark; returns raw figures and report rows. */
export async function classifier() {
  const { corpus, jsonBodies, meanMs } = await measure();
  const perSecond = (corpus / meanMs['classify (pre-parsed body)']) * 1000;
  const parseMs = meanMs['JSON.parse alone (same bodies)'];
  const parseRatio = meanMs['classify (string body)'] / parseMs;
  // For scale, not judged: what parsing plus a bare result costs, and classify without the body.
  const floorRatio = meanMs['JSON.parse + bare result (floor)'] / parseMs;
  const bodilessRatio = meanMs['classify (no body, same headers)'] / parseMs;
  const results = {
    corpus,
    jsonBodies,
    classificationsPerSecond: Math.round(perSecond),
    stringBodyVsJsonParse: round(parseRatio),
    bareResultVsJsonParse: round(floorRatio),
    bodilessClassifyVsJsonParse: round(bodilessRatio),
    meanUsPerCorpusPass: Object.fromEntries(
      Object.entries(meanMs).map(([name, ms]) => [name, round(ms * 1000, 1)]),
    ),
  };
  const rows = [
    {
      comparison,
      figure: 'classify, pre-parsed body: classifications per second',
      value: `${(perSecond / 1e6).toFixed(2)} M/s`,
      target: `≥ ${rateTarget / 1e6} M/s`,
      pass: perSecond >= rateTarget,
      detail: `${corpus} catalogue examples per pass (tinybench mean, 1.5 s per task)`,
    },
    {
      comparison,
      figure: 'classify with string body vs JSON.parse of the same bodies',
      value: `${parseRatio.toFixed(2)}×`,
      target: `≤ ${parseRatioTarget}×`,
      pass: parseRatio <= parseRatioTarget,
      detail:
        `${jsonBodies} JSON bodies; for scale: JSON.parse + copying each error into a bare result ` +
        `${floorRatio.toFixed(2)}×, classify without the body ${bodilessRatio.toFixed(2)}×`,
    },
  ];
  return { results, rows };
}
