// Where the pinned libraries of `librarySuites` live, shared by the runner (which installs them) and
// the suites' vitest configs (which alias the package to them), so both always mean the same copy.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { repoRoot, runtimesDir } from './paths.mjs';
import { librarySuites } from './versions.mjs';

/** The version of package `name` installed in the `node_modules` directory `dir`, or `undefined`. */
export function installedVersion(name, dir) {
  try {
    return JSON.parse(readFileSync(`${dir}/${name}/package.json`, 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** `suite`'s npm prefix: one of its own, so its tree never meets the runtimes' or another library's. */
export function libraryPrefix(suite) {
  return `${runtimesDir}/${suite.library}`;
}

/** Why `suite`'s pinned package is not in its prefix, or `undefined` when it is. */
export function libraryProblem(suite) {
  const found = installedVersion(suite.package, `${libraryPrefix(suite)}/node_modules`);
  if (found === suite.version) return undefined;
  return found === undefined
    ? `${suite.package} is not installed`
    : `${suite.package} ${found} is installed, ${suite.version} is pinned`;
}

/**
 * The package directory of the pinned copy that `library` (a `librarySuites` entry's `library`)
 * names; throws, saying how to install it, when that copy is missing or another version.
 */
export function pinnedLibraryDir(library) {
  const suite = librarySuites.find((candidate) => candidate.library === library);
  if (suite === undefined) throw new Error(`lib/versions.mjs pins no library named ${library}`);
  const prefix = libraryPrefix(suite);
  const problem = libraryProblem(suite);
  if (problem !== undefined) {
    throw new Error(
      `${problem} in ${relative(repoRoot, prefix)}; \`node tooling/runtimes/run.mjs\` installs it there`,
    );
  }
  return `${prefix}/node_modules/${suite.package}`;
}
