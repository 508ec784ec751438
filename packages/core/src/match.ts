import { rules } from './catalogue/index.ts';
import { looseProblem } from './fields.ts';
import type { Dialect } from './kinds.ts';
import type { RawProblem } from './raw-problems.ts';
import { isRecord } from './record.ts';
import { type Rule, ruleOf } from './rule.ts';

/** The rules sharing one key, with the answer for a problem that selects no variant precomputed. */
interface Candidates {
  readonly rules: readonly Rule[];
  /** The first rule without `match` (status lists) or without `variant` (types). */
  readonly plain: Rule | undefined;
  /** Some rule needs the problem's text or fields to be chosen. */
  readonly selective: boolean;
}

interface Index {
  readonly byCode: Map<number, Rule[]>;
  readonly byType: Map<string, Candidates>;
  /** Keyed by `statusKey`: a number, so no key string is built per lookup. */
  readonly byStatus: Map<number, Candidates>;
  /** The media processing failures by error `name`, `*` holding the one for any other name. */
  readonly byMediaError: Map<string, Rule>;
}

let index: Index | undefined;

/** One number per dialect and status; `NaN` (never a key) for a dialect the catalogue lacks. */
function statusKey(dialect: Dialect, status: number): number {
  const offset = dialect === 'v1.1' ? 0 : dialect === 'v2' ? 1 : dialect === 'sorsa' ? 2 : Number.NaN;
  return status * 3 + offset;
}

function push<K>(map: Map<K, Rule[]>, key: K, rule: Rule): void {
  const list = map.get(key);
  if (list) list.push(rule);
  else map.set(key, [rule]);
}

function candidates<K>(lists: Map<K, Rule[]>, narrowsBy: 'match' | 'variant'): Map<K, Candidates> {
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
  const byCode = new Map<number, Rule[]>();
  const byType = new Map<string, Rule[]>();
  const byStatus = new Map<number, Rule[]>();
  const byMediaError = new Map<string, Rule>();
  for (const entry of rules) {
    const rule = ruleOf(entry);
    // Never by status: a 200 without a failed `processing_info` is a plain success.
    if (entry.mediaError !== undefined) byMediaError.set(entry.mediaError, rule);
    else if (entry.code !== undefined) {
      push(byCode, entry.code, rule);
      // A coded error also comes as bare text (`{"errors":"Status is a duplicate."}`): its fragments find it then.
      if (entry.match !== undefined)
        for (const status of entry.status) push(byStatus, statusKey(entry.dialect, status), rule);
    } else if (entry.type !== undefined && entry.type !== 'about:blank') push(byType, entry.type, rule);
    else for (const status of entry.status) push(byStatus, statusKey(entry.dialect, status), rule);
  }
  index = {
    byCode,
    byType: candidates(byType, 'variant'),
    byStatus: candidates(byStatus, 'match'),
    byMediaError,
  };
  return index;
}

/** A problem type's slug and the rules it names, worked out once per distinct type string. */
interface TypeMatch {
  readonly slug: string;
  readonly candidates: Candidates | undefined;
}

const typeCache = new Map<string, TypeMatch>();

function typeMatch(type: string): TypeMatch {
  let match = typeCache.get(type);
  if (match === undefined) {
    const slug = slugOf(type);
    match = { slug, candidates: getIndex().byType.get(slug) };
    if (typeCache.size < 512) typeCache.set(type, match);
  }
  return match;
}

/** The slug of a v2 problem type, whatever the host: `…/2/problems/<slug>` or `…#<slug>`. */
export function typeSlug(type: string): string {
  return typeMatch(type).slug;
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
function byText(candidates: Candidates, problem: RawProblem): Rule | undefined {
  if (!candidates.selective) return candidates.plain;
  const text = textOf(problem);
  return (
    candidates.rules.find((rule) => rule.match?.some((fragment) => text.includes(fragment))) ??
    candidates.plain
  );
}

function byVariant(candidates: Candidates, problem: RawProblem): Rule | undefined {
  if (!candidates.selective) return candidates.plain;
  const fields = problem.source;
  const variant = candidates.rules.find((rule) => {
    if (!rule.variant || !isRecord(fields) || !Object.hasOwn(fields, rule.variant.field)) return false;
    return fields[rule.variant.field] === rule.variant.value;
  });
  return variant ?? candidates.plain;
}

function preferStatus(rules: readonly Rule[], status: number, dialect: Dialect | undefined) {
  if (rules.length === 1) return rules[0];
  return (
    rules.find(
      (rule) => rule.status.includes(status) && (dialect === undefined || rule.dialect === dialect),
    ) ??
    rules.find((rule) => rule.status.includes(status)) ??
    rules[0]
  );
}

const noProblem: RawProblem = looseProblem(undefined, undefined, undefined);

/** The rule for a status alone (plus message fragments, for Sorsa and X's `about:blank`). */
export function matchStatus(
  dialect: Dialect,
  status: number,
  problem: RawProblem = noProblem,
): Rule | undefined {
  const candidates = getIndex().byStatus.get(statusKey(dialect, status));
  return candidates ? byText(candidates, problem) : undefined;
}

/** A media processing failure's rule, by its error name; the generic one for any other name. */
function matchMediaError(name: string | undefined): Rule | undefined {
  const byMediaError = getIndex().byMediaError;
  return (name === undefined ? undefined : byMediaError.get(name)) ?? byMediaError.get('*');
}

/**
 * The catalogue rule for one problem: a media processing failure by its name, else by v1.1 code,
 * else by v2 type and variant, else by status.
 */
export function matchProblem(
  dialect: Dialect | undefined,
  status: number,
  problem: RawProblem,
): Rule | undefined {
  if (problem.media === true) return matchMediaError(problem.reason);
  if (problem.code !== undefined) {
    const candidates = getIndex().byCode.get(problem.code);
    if (candidates) return preferStatus(candidates, status, dialect);
  }
  if (problem.type !== undefined) {
    const { slug, candidates } = typeMatch(problem.type);
    if (candidates) return byVariant(candidates, problem);
    if (slug === 'about:blank' || dialect === undefined) return matchStatus('v2', status, problem);
  }
  return dialect ? matchStatus(dialect, status, problem) : undefined;
}
