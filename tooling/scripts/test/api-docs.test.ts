import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';

const script = fileURLToPath(new URL('../api-docs.mjs', import.meta.url));
const fence = '```';
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A package as the check reads it: its exports map, built declarations and README. */
function packageWith(declarations: string, readme: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'api-docs-'));
  made.push(dir);
  mkdirSync(join(dir, 'dist'));
  const exports = { '.': { types: './dist/index.d.mts', default: './dist/index.mjs' } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fixture', type: 'module', exports }));
  writeFileSync(join(dir, 'dist/index.d.mts'), declarations);
  writeFileSync(join(dir, 'README.md'), readme);
  return dir;
}

function run(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

const declarations = `/** Shown in an example. */
export declare function shown(): void;
/** Named in prose only. */
export declare function told(): void;
export declare function bare(): void;
/** Options. */
export interface Options {
  /** Documented. */
  readonly a?: number;
  readonly b?: number;
}
/** An error users catch. */
export declare class Refused extends Error {}
/** Never named. */
export type Hidden = string;
`;

const readme = `# fixture

\`told()\` and \`Options\`, \`Refused\` are described here.

${fence}ts
shown();
bare();
${fence}
`;

test('every undocumented export or field, and every function no example calls, is a gap', async () => {
  const result = await run(packageWith(declarations, readme));

  expect(result.code).toBe(1);
  expect(result.stderr.split('\n').filter(Boolean)).toEqual([
    '. told: not in a README ts example [dist/index.d.mts:4]',
    '. bare: no TSDoc [dist/index.d.mts:5]',
    '. Options.b: no TSDoc [dist/index.d.mts:10]',
    '. Hidden: not in README [dist/index.d.mts:15]',
    'api docs: 4 gap(s) in 6 symbols and 2 members of 1 entries (0 re-exports checked where they are declared)',
  ]);
});

test('a package whose exports are all documented and shown passes', async () => {
  const clean = declarations
    .replace('export declare function bare', '/** Documented. */\nexport declare function bare')
    .replace('  readonly b?: number;', '  /** Documented too. */\n  readonly b?: number;');
  const result = await run(packageWith(clean, `${readme}\n${fence}ts\ntold();\n${fence}\n\`Hidden\`\n`));

  expect(result).toEqual({
    code: 0,
    stdout:
      'api docs: 0 gap(s) in 6 symbols and 2 members of 1 entries (0 re-exports checked where they are declared)\n',
    stderr: '',
  });
});

test('--report lists every export and exits 0 even with gaps', async () => {
  const result = await run(packageWith(declarations, readme), '--report');

  expect(result.code).toBe(0);
  expect(result.stdout).toContain('. shown (function): ok [dist/index.d.mts:2]');
  expect(result.stdout).toContain('. Refused (class): ok [dist/index.d.mts:13]');
  expect(result.stdout).toContain('. bare: no TSDoc [dist/index.d.mts:5]');
});

test('a function only imported or named in a comment is not shown in use', async () => {
  const importedOnly = `${fence}ts\nimport { bare, shown, told } from 'fixture';\n// told() would do it\nshown();\n${fence}\n`;
  const result = await run(packageWith(declarations, `${readme.split(fence)[0]}${importedOnly}`));

  expect(result.stderr).toContain('. told: not in a README ts example');
  expect(result.stderr).toContain('. bare: not in a README ts example');
  expect(result.stderr).not.toContain('. shown:');
});

test('a package whose exports name no types file fails instead of passing with nothing checked', async () => {
  const dir = packageWith(declarations, readme);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fixture', exports: './dist/index.mjs' }));
  const result = await run(dir);

  expect(result).toEqual({
    code: 1,
    stdout: '',
    stderr: 'api docs: ./package.json "exports" names no types file, so there is nothing to check\n',
  });
});

test('class members, functions of an exported object and members inherited from an export are checked once', async () => {
  const members = `/** A base. */
export declare class Base {
  /** Documented. */
  readonly kind: string;
  readonly code: number;
}
/** A client. */
export declare class Client extends Base {
  #state;
  private hidden;
  protected guarded: number;
  _internal: number;
  /** Sends. */
  send(): void;
  close(): void;
}
/** Helpers. */
export declare const helpers: {
  /** Runs. */
  run(): void;
  /** Stops. */
  stop(): void;
};
`;
  const shown = `\`Base\`, \`Client\`, \`helpers\`\n\n${fence}ts\nhelpers.run();\n${fence}\n`;
  const result = await run(packageWith(members, shown));

  expect(result.stderr.split('\n').filter(Boolean)).toEqual([
    '. Base.code: no TSDoc [dist/index.d.mts:5]',
    '. Client.close: no TSDoc [dist/index.d.mts:15]',
    '. helpers.stop: not in a README ts example [dist/index.d.mts:22]',
    'api docs: 3 gap(s) in 3 symbols and 6 members of 1 entries (0 re-exports checked where they are declared)',
  ]);
});
