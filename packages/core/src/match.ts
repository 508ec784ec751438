import { rules } from './catalogue/index.ts';
import type { EntryRule } from './entry.ts';
import type { Dialect } from './kinds.ts';
import type { RawProblem } from './raw-problems.ts';
import { isRecord } from './record.ts';

interface Index {
  readonly byCode: Map<number, EntryRule[]>;
  readonly byType: Map<string, EntryRule[]>;
  readonly byStatus: Map<string, EntryRule[]>;
}

let index: Index | undefined;

function push<K>(map: Map<K, EntryRule[]>, key: K, rule: EntryRule): void {
  const list = map.get(key);
  if (list) list.push(rule);
  else map.set(key, [rule]);
}

/** Built on first use, so importing the package costs nothing until something is classified. */
function getIndex(): Index {
  if (index) return index;
  const built: Index = { byCode: new Map(), byType: new Map(), byStatus: new Map() };
  for (const rule of rules) {
    if (rule.code !== undefined) push(built.byCode, rule.code, rule);
    else if (rule.type !== undefined && rule.type !== 'about:blank') push(built.byType, rule.type, rule);
    else for (const status of rule.status) push(built.byStatus, `${rule.dialect} ${status}`, rule);
  }
  index = built;
  return built;
}

const slugCache = new Map<string, string>();

/** The slug of a v2 problem type, whatever the host: `…/2/problems/<slug>` or `…#<slug>`. */
export function typeSlug(type: string): string {
  let slug = slugCache.get(type);
  if (slug === undefined) {
    slug = slugOf(type);
    if (slugCache.size < 512) slugCache.set(type, slug);
  }
  return slug;
}

function slugOf(type: string): string {
  const lower = type.trim().toLowerCase();
  if (lower === 'about:blank') return lower;
  const afterProblems = lower.split('/problems/')[1];
  if (afterProblems !== undefined) return afterProblems.split(/[?#/]/)[0] ?? afterProblems;
  const hash = lower.split('#')[1];
  return hash !== undefined && hash !== '' ? hash : lower;
}

function textOf(problem: RawProblem): string {
  return `${problem.message ?? ''} ${problem.detail ?? ''} ${problem.title ?? ''}`.toLowerCase();
}

/** Among candidates, the one whose `match` fragments appear in the problem's text, else the plain one. */
function byText(candidates: readonly EntryRule[], problem: RawProblem): EntryRule | undefined {
  const text = textOf(problem);
  return (
    candidates.find((rule) => rule.match?.some((fragment) => text.includes(fragment))) ??
    candidates.find((rule) => rule.match === undefined)
  );
}

function byVariant(candidates: readonly EntryRule[], problem: RawProblem): EntryRule | undefined {
  const fields = problem.fields;
  const variant = candidates.find((rule) => {
    if (!rule.variant || !isRecord(fields) || !Object.hasOwn(fields, rule.variant.field)) return false;
    return fields[rule.variant.field] === rule.variant.value;
  });
  return variant ?? candidates.find((rule) => rule.variant === undefined);
}

function preferStatus(candidates: readonly EntryRule[], status: number, dialect: Dialect | undefined) {
  return (
    candidates.find(
      (rule) => rule.status.includes(status) && (dialect === undefined || rule.dialect === dialect),
    ) ??
    candidates.find((rule) => rule.status.includes(status)) ??
    candidates[0]
  );
}

/** The rule for a status alone (plus message fragments, for Sorsa and X's `about:blank`). */
export function matchStatus(
  dialect: Dialect,
  status: number,
  problem: RawProblem = {},
): EntryRule | undefined {
  const candidates = getIndex().byStatus.get(`${dialect} ${status}`);
  return candidates ? byText(candidates, problem) : undefined;
}

/** The catalogue rule for one problem: by v1.1 code, else by v2 type and variant, else by status. */
export function matchProblem(
  dialect: Dialect | undefined,
  status: number,
  problem: RawProblem,
): EntryRule | undefined {
  const { byCode, byType } = getIndex();
  if (problem.code !== undefined) {
    const candidates = byCode.get(problem.code);
    if (candidates) return preferStatus(candidates, status, dialect);
  }
  if (problem.type !== undefined) {
    const slug = typeSlug(problem.type);
    const candidates = byType.get(slug);
    if (candidates) return byVariant(candidates, problem);
    if (slug === 'about:blank' || dialect === undefined) return matchStatus('v2', status, problem);
  }
  return dialect ? matchStatus(dialect, status, problem) : undefined;
}
