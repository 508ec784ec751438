// Prints CI's closing line, totalled from vitest's JSON report and the runtimes' report. The
// first file is required: when `pnpm test` stopped before vitest ran, that is a failure too.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const [required, ...optional] = process.argv.slice(2);
for (const file of [required, ...optional]) {
  if (!file || !existsSync(file)) {
    if (file === required) failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
