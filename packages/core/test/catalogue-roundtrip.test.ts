import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { catalogue, classify, type Dialect, getEntry, rules } from '../src/index.ts';

const baseUrl: Record<Dialect, string> = {
  'v1.1': 'https://api.twitter.com/1.1/statuses/show.json',
  v2: 'https://api.x.com/2/tweets',
  sorsa: 'https://api.sorsa.io/v3/info',
};

describe('every example classifies back to its entry', () => {
  test.each(catalogue.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
    const { status, headers, body } = entry.example;
    const viaDialect = classify({ status, headers, body, dialect: entry.dialect });
    const viaUrl = classify({ status, headers, body, url: baseUrl[entry.dialect] });
    expect(viaDialect.entry?.id).toBe(entry.id);
    expect(viaUrl.entry?.id).toBe(entry.id);
    expect(viaDialect.kind).toBe(entry.kind);
    expect(entry.status).toContain(status);
  });
});

describe('catalogue data', () => {
  test('ids are unique and lookups find every entry', () => {
    const ids = catalogue.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(getEntry(id)?.id).toBe(id);
    expect(rules.length).toBe(catalogue.length);
  });

  test('every entry has its own English texts and a docs link', () => {
    for (const entry of catalogue) {
      expect(entry.title.length, entry.id).toBeGreaterThanOrEqual(2);
      expect(entry.summary.length, entry.id).toBeGreaterThan(10);
      expect(entry.remedy.length, entry.id).toBeGreaterThan(10);
      expect(entry.docs, entry.id).toMatch(/^https:\/\//);
    }
  });

  test('the emitted catalogue.json equals the TypeScript data', () => {
    const json = JSON.parse(readFileSync(new URL('../dist/catalogue.json', import.meta.url), 'utf8'));
    expect(json).toEqual(JSON.parse(JSON.stringify(catalogue)));
  });

  test('entries are plain JSON-serialisable objects', () => {
    expect(JSON.parse(JSON.stringify(catalogue))).toEqual(catalogue);
  });
});
