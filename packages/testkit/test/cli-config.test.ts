import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { optionsOf, readConfig } from '../src/cli-config.ts';

/** The built CLI, as `npx xapi-sim` runs it. */
const cliPath = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'xapi-sim-config-'));

/** Writes `content` (JSON-encoded unless a string) to a fresh file; returns its path. */
function configFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const command = {
  help: false,
  port: undefined,
  configPath: undefined,
  latencyMs: undefined,
  seed: undefined,
} as const;

describe('readConfig', () => {
  test('reads a JSON object of simulator options', () => {
    const options = { xLimits: { 'GET /2/users/me': { limit: 1, windowMs: 1000 } }, credits: 3 };
    expect(readConfig(configFile('ok.json', options))).toEqual(options);
  });

  test('names the file and the problem when it cannot be used', () => {
    expect(() => readConfig(join(dir, 'missing.json'))).toThrow(
      /cannot read --config .*missing\.json \(ENOENT\)/,
    );
    expect(() => readConfig(configFile('cut.json', '{"credits": '))).toThrow(/cut\.json is not valid JSON/);
    expect(() => readConfig(configFile('list.json', [1]))).toThrow(/must hold a JSON object/);
    expect(() => readConfig(configFile('typo.json', { xlimits: {} }))).toThrow(
      /unknown option "xlimits"; known: port, seed/,
    );
    expect(() => readConfig(configFile('clock.json', { clock: {} }))).toThrow(/unknown option "clock"/);
    expect(() => readConfig(configFile('nested.json', { faults: { rate: 0.5, kind: ['hang'] } }))).toThrow(
      /unknown option "faults\.kind"/,
    );
    expect(() =>
      readConfig(configFile('route.json', { xLimits: { 'GET /2/users/me': { limit: 1, window: 1000 } } })),
    ).toThrow(/unknown option "xLimits\.GET \/2\/users\/me\.window"/);
    // A key's name is the API key itself: the line names it by its place.
    const typo = () =>
      readConfig(configFile('key.json', { sorsa: { keys: { 'CANARY-key': { payed: false } } } }));
    expect(typo).toThrow(/unknown option "sorsa\.keys \(key 1\)\.payed"/);
    expect(typo).not.toThrow(/CANARY/);
  });
});

test('flags win over the config file', () => {
  const configPath = configFile('both.json', { port: 8100, latencyMs: 5, credits: 2 });
  expect(optionsOf({ ...command, configPath, latencyMs: 50 })).toEqual({
    port: 8100,
    latencyMs: 50,
    credits: 2,
  });
  expect(optionsOf({ ...command, port: 0, seed: 9 })).toEqual({ port: 0, seed: 9 });
});

describe('xapi-sim --config, over HTTP', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill();
    child = undefined;
  });

  /** Starts the built CLI; resolves with the URL it prints. */
  function start(args: readonly string[]): Promise<string> {
    if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: build @xapi-errors/testkit first`);
    const started = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    child = started;
    return new Promise((resolve, reject) => {
      started.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      started.once('exit', (code) => reject(new Error(`xapi-sim exited with ${code}`)));
    });
  }

  test('serves the limits the file sets, with the latency the flag sets', async () => {
    const url = await start([
      '--config',
      configFile('limits.json', { xLimits: { 'GET /2/users/me': { limit: 1, windowMs: 60_000 } } }),
      '--latency',
      '150',
    ]);
    // The CLI's windows are fixed on the system clock (minutes here): a boundary between the two
    // requests, ~150 ms apart, would let the second through. Started well inside a minute, both
    // land in one window.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 55_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 20));
    const first = await fetch(`${url}/2/users/me`);
    const sentAt = performance.now();
    const second = await fetch(`${url}/2/users/me`);
    const took = performance.now() - sentAt;

    expect([first.status, second.status]).toEqual([200, 429]);
    expect(first.headers.get('x-rate-limit-limit')).toBe('1');
    expect(took).toBeGreaterThanOrEqual(140);
  });

  test('an option the simulator refuses exits 2 with its message on one line', async () => {
    const path = configFile('bad-rate.json', { faults: { rate: 2 } });
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [cliPath, '--config', path], { timeout: 10_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
      );
    });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'xapi-sim: faults.rate must be a number from 0 to 1, got 2\n',
    });
  });

  test('a port out of range in the file exits 2, as a bad option', async () => {
    const path = configFile('bad-port.json', { port: 70_000 });
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [cliPath, '--config', path], { timeout: 10_000 }, (error, _stdout, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stderr }),
      );
    });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
