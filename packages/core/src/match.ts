import { rules } from './catalogue/index.ts';
import type { EntryRule } from './entry.ts';
import type { Dialect } from './kinds.ts';
import type { RawProblem } from './raw-problems.ts';
import { isRecord } from './record.ts';

/** The rules sharing one key, with the answer for a problem that selects no variant precomputed. */
interface Candidates {
  readonly rules: readonly EntryRule[];
  /** The first rule without `match` (status lists) or without `variant` (types). */
  readonly plain: EntryRule | undefined;
  /** Some rule needs the problem's text or fields to be chosen. */
  readonly selective: boolean;
}

interface Index {
  readonly byCode: Map<number, EntryRule[]>;
  readonly byType: Map<string, Candidates>;
  /** Dialect, then status: no key string is built per lookup. */
  readonly byStatus: Map<string, Map<number, Candidates>>;
}

let index: Index | undefined;

function push<K>(map: Map<K, EntryRule[]>, key: K, rule: EntryRule): void {
  const list = map.get(key);
  if (list) list.push(rule);
  else map.set(key, [rule]);
}

function candidates<K>(lists: Map<K, EntryRule[]>, narrowsBy: 'match' | 'variant'): Map<K, Candidates> {
  const out = new Map<K, Candidates>();
  for (const [key, rules] of lists) {
    out.set(key, {
      rules,
      plain: rules.find((rule) => rule[narrowsBy] === undefined),
      selective: rules.some((rule) => rule[narrowsBy] !== undefined),
    });
  }
  return out;
}

/** Built on first use, so importing the package costs nothing until something is classified. */
function getIndex(): Index {
  if (index) return index;
  const byCode = new Map<number, EntryRule[]>();
  const byType = new Map<string, EntryRule[]>();
  const byStatus = new Map<string, Map<number, EntryRule[]>>();
  for (const rule of rules) {
    if (rule.code !== undefined) push(byCode, rule.code, rule);
    else if (rule.type !== undefined && rule.type !== 'about:blank') push(byType, rule.type, rule);
    else {
      const statuses = byStatus.get(rule.dialect) ?? new Map<number, EntryRule[]>();
      byStatus.set(rule.dialect, statuses);
      for (const status of rule.status) push(statuses, status, rule);
    }
  }
  index = {
    byCode,
    byType: candidates(byType, 'variant'),
    byStatus: new Map([...byStatus].map(([dialect, statuses]) => [dialect, candidates(statuses, 'match')])),
  };
  return index;
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
function byText(candidates: Candidates, problem: RawProblem): EntryRule | undefined {
  if (!candidates.selective) return candidates.plain;
  const text = textOf(problem);
  return (
    candidates.rules.find((rule) => rule.match?.some((fragment) => text.includes(fragment))) ??
    candidates.plain
  );
}

function byVariant(candidates: Candidates, problem: RawProblem): EntryRule | undefined {
  if (!candidates.selective) return candidates.plain;
  const fields = problem.source;
  const variant = candidates.rules.find((rule) => {
    if (!rule.variant || !isRecord(fields) || !Object.hasOwn(fields, rule.variant.field)) return false;
    return fields[rule.variant.field] === rule.variant.value;
  });
  return variant ?? candidates.plain;
}

function preferStatus(rules: readonly EntryRule[], status: number, dialect: Dialect | undefined) {
  if (rules.length === 1) return rules[0];
  return (
    rules.find(
      (rule) => rule.status.includes(status) && (dialect === undefined || rule.dialect === dialect),
    ) ??
    rules.find((rule) => rule.status.includes(status)) ??
    rules[0]
  );
}

const noProblem: RawProblem = {};

/** The rule for a status alone (plus message fragments, for Sorsa and X's `about:blank`). */
export function matchStatus(
  dialect: Dialect,
  status: number,
  problem: RawProblem = noProblem,
): EntryRule | undefined {
  const candidates = getIndex().byStatus.get(dialect)?.get(status);
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
