import { fileURLToPath } from 'node:url';

/** This package's directory (`tooling/runtimes`). */
export const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** The monorepo root. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Where runtimes are installed on demand (gitignored), and where the results land. */
export const runtimesDir = `${repoRoot}.runtimes`;

/** Totals in the shape of vitest's JSON report, for `tooling/scripts/count-results.mjs`. */
export const resultsFile = `${runtimesDir}/results.json`;
