// Prints CI's closing line, totalled from vitest's JSON report (and any extra runtime reports).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let found = false;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTests ?? 0);
  found = true;
}
if (!found) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || !found ? 1 : 0);
