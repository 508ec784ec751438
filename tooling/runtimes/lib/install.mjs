import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import { installedVersion, libraryPrefix, libraryProblem } from './library-copy.mjs';
import { repoRoot, runtimesDir } from './paths.mjs';
import { chromiumPath, librarySuites, npmRuntimes } from './versions.mjs';

const modulesDir = `${runtimesDir}/node_modules`;

/** Why `runtime` is not usable from `.runtimes/`, or `undefined` when its pinned binary runs. */
function problemWith(runtime) {
  for (const name of new Set([runtime.package, runtime.platformPackage])) {
    const found = installedVersion(name, modulesDir);
    if (found !== runtime.version) {
      return found === undefined
        ? `${name} is not installed`
        : `${name} ${found} is installed, ${runtime.version} is pinned`;
    }
  }
  const binary = `${modulesDir}/${runtime.binary}`;
  if (!existsSync(binary))
    return `${runtime.platformPackage} has no ${runtime.binary.split('/').pop()} binary`;
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (probe.status !== 0 || !probe.stdout.includes(runtime.version)) {
    return `${binary} --version failed: ${(probe.error?.message ?? probe.stderr ?? '').trim() || probe.stdout.trim()}`;
  }
  return undefined;
}

function npmInstall(prefix, specs) {
  mkdirSync(prefix, { recursive: true });
  console.log(`runtimes: npm install --prefix ${relative(repoRoot, prefix)} ${specs.join(' ')}`);
  const npm = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--ignore-scripts',
      '--include=optional',
      '--no-audit',
      '--no-fund',
      ...specs,
    ],
    { stdio: 'inherit', timeout: 600_000 },
  );
  return npm.status === 0 ? undefined : `npm install exited with ${npm.status ?? npm.error?.message}`;
}

/**
 * Makes the pinned npm runtimes present in `.runtimes/` (installing them only when a pin is
 * missing or different) and returns, per runtime name, `{ binary }` or `{ error }`.
 */
export function ensureNpmRuntimes() {
  const unsupported = process.platform !== 'linux' || process.arch !== 'x64';
  const missing = npmRuntimes.filter((runtime) => problemWith(runtime) !== undefined);
  const specs = npmRuntimes.map((runtime) => `${runtime.package}@${runtime.version}`);
  const npmError = !unsupported && missing.length > 0 ? npmInstall(runtimesDir, specs) : undefined;
  return Object.fromEntries(
    npmRuntimes.map((runtime) => {
      if (unsupported) {
        return [runtime.name, { error: `pinned for linux-x64, this is ${process.platform}-${process.arch}` }];
      }
      const problem = problemWith(runtime);
      if (problem === undefined) return [runtime.name, { binary: `${modulesDir}/${runtime.binary}` }];
      return [
        runtime.name,
        { error: `could not be installed from npm: ${problem}${npmError ? ` (${npmError})` : ''}` },
      ];
    }),
  );
}

function ensureLibrary(suite) {
  const spec = `${suite.package}@${suite.version}`;
  const npmError = libraryProblem(suite) === undefined ? undefined : npmInstall(libraryPrefix(suite), [spec]);
  const problem = libraryProblem(suite);
  if (problem === undefined) return {};
  return { error: `${spec} could not be installed from npm: ${problem}${npmError ? ` (${npmError})` : ''}` };
}

/**
 * Makes each pinned library of `librarySuites` present in its own prefix under `.runtimes/`
 * (installing it only when missing or different) and returns, per library, `{}` or `{ error }`.
 */
export function ensureLibraries() {
  return Object.fromEntries(librarySuites.map((suite) => [suite.library, ensureLibrary(suite)]));
}

function apt(args) {
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    timeout: 900_000,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0
    ? undefined
    : `apt-get ${args[0]} exited with ${result.status ?? result.error?.message}`;
}

/** Makes Debian's `chromium` present (apt-get, as root) and returns `{ binary }` or `{ error }`. */
export function ensureChromium() {
  if (existsSync(chromiumPath)) return { binary: chromiumPath };
  if (process.getuid?.() !== 0) {
    return {
      error: `${chromiumPath} is missing; install the Debian package as root: apt-get install chromium`,
    };
  }
  console.log('runtimes: apt-get install chromium');
  const error = apt(['update', '-q']) ?? apt(['install', '-y', '-q', '--no-install-recommends', 'chromium']);
  if (error !== undefined) return { error: `could not be installed with apt-get: ${error}` };
  return existsSync(chromiumPath)
    ? { binary: chromiumPath }
    : { error: `apt-get installed chromium but ${chromiumPath} is missing` };
}
