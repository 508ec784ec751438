import { expect, test } from 'vitest';
import { parseDemoArgs } from '../src/args.ts';
import { foldOutcomes, mismatches } from '../src/compare.ts';
import { splitLines } from '../src/lines.ts';
import { createPaint } from '../src/paint.ts';
import { renderScenario } from '../src/table.ts';

async function collect(chunks: (string | Uint8Array)[]): Promise<string[]> {
  async function* source(): AsyncGenerator<string | Uint8Array> {
    yield* chunks;
  }
  const lines: string[] = [];
  for await (const line of splitLines(source())) lines.push(line);
  return lines;
}

test('outcome runs are folded', () => {
  expect(foldOutcomes(['data', 'data', 'stream-disconnect'])).toBe('data ×2, stream-disconnect');
  expect(foldOutcomes(Array.from({ length: 60 }, () => 'data'))).toBe('data ×60');
  expect(foldOutcomes([])).toBe('nothing');
});

test('a wait outside the expected range is a mismatch, one inside is not', () => {
  const expected = {
    outcomes: ['data'],
    attempts: 2,
    entries: ['v2/http-502' as const],
    waitMs: { min: 1, max: 1300 },
  };
  const observed = { outcomes: ['data'], attempts: 2, entries: ['v2/http-502'] };

  expect(mismatches(expected, { ...observed, waitMs: 700 })).toEqual([]);
  expect(mismatches(expected, { ...observed, waitMs: 0 })).toEqual(['waited 0 ms, expected 1–1300 ms']);
  expect(mismatches(expected, { ...observed, entries: [], waitMs: 5 })).toEqual([
    'entries none, expected v2/http-502',
  ]);
});

test('stream chunks split into lines across chunk borders, keep-alives as empty lines', async () => {
  const bytes = new TextEncoder().encode('{"data":2}\r\n\r\n{"err');

  expect(await collect(['{"data":1}\r', '\n', bytes, 'ors":[]}\r\n'])).toEqual([
    '{"data":1}',
    '{"data":2}',
    '',
    '{"errors":[]}',
  ]);
});

test('arguments: --scenario takes a value, flags default to off, unknown options throw', () => {
  expect(parseDemoArgs(['--scenario', 'html-502', '--json'])).toEqual({
    scenario: 'html-502',
    json: true,
    live: false,
    help: false,
  });
  expect(parseDemoArgs([])).toEqual({ json: false, live: false, help: false });
  expect(() => parseDemoArgs(['--scenario'])).toThrow();
  expect(() => parseDemoArgs(['extra'])).toThrow();
});

test('a failing row shows its mismatches under it and colours only when asked', () => {
  const report = {
    name: 'html-502',
    title: 'a proxy answers 502',
    elapsedMs: 10,
    results: [
      {
        adapter: 'axios' as const,
        outcomes: ['server-error'],
        attempts: 1,
        waitMs: 0,
        entries: ['v2/http-502'],
        remedy: 'Retry after a short, growing delay.',
        mismatches: ['1 attempt, expected 2'],
      },
    ],
  };

  const plain = renderScenario(report, { paint: createPaint(false) });
  const coloured = renderScenario(report, { paint: createPaint(true) });

  expect(plain).toContain('✗ axios   server-error');
  expect(plain).toContain('↳ 1 attempt, expected 2');
  expect(plain).not.toContain('\u001b[');
  expect(coloured).toContain('\u001b[31m');
});
