import { type Answer, jsonAnswer } from './respond.ts';
import { createIdSource, type IdSource } from './success.ts';

/** Where the filtered stream's rules are listed (`GET`), added and deleted (`POST`). */
export const rulesPath = '/2/tweets/search/stream/rules';

/** One filtered-stream rule as X lists it. */
export interface StreamRule {
  readonly id: string;
  readonly value: string;
  readonly tag?: string;
}

/** What a rules request carries: its method, `dry_run` query and JSON body. */
export interface RulesRequest {
  readonly method: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body: string;
  readonly now: number;
}

const problems = 'https://api.twitter.com/2/problems/';

/** A rules body X refuses as a whole: 400 invalid-request naming what is wrong. */
function invalidBody(message: string): Answer {
  return jsonAnswer(400, {
    errors: [{ message }],
    title: 'Invalid Request',
    detail: 'One or more parameters to your request was invalid.',
    type: `${problems}invalid-request`,
  });
}

function parsed(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringsOf(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

/**
 * The filtered stream's rules, which decide whether a connection may open (none: 409). They are
 * managed as X manages them: `GET` lists them, `POST {"add":[{value, tag?}]}` adds them (a value
 * already there is a `DuplicateRule` problem, an empty one an `UnprocessableEntity`, both counted
 * invalid), `POST {"delete":{"ids":[…]}}` (or `values`) removes them, `?delete_all=true` removes
 * every one, and `?dry_run=true` answers without changing anything.
 */
export class RuleBook {
  /** Rule ids count on their own, so the ids of posts and users stay as without rules. */
  readonly #ids: IdSource = createIdSource(1_600_000_000_000_000_000n);
  #rules: StreamRule[] = [];

  constructor(count: number) {
    this.fill(count);
  }

  /** How many rules there are. */
  get count(): number {
    return this.#rules.length;
  }

  /** Replaces the rules with `count` made-up ones. */
  fill(count: number): void {
    this.#rules = Array.from({ length: count }, (_, index) => ({
      id: this.#ids.next(),
      value: `xapi-sim rule ${index + 1}`,
      tag: 'xapi-sim',
    }));
  }

  /** The answer to a rules request, or `undefined` for a method the route does not have. */
  answer(request: RulesRequest): Answer | undefined {
    const sent = new Date(request.now).toISOString();
    if (request.method === 'GET') {
      const meta = { sent, result_count: this.#rules.length };
      return jsonAnswer(200, this.#rules.length === 0 ? { meta } : { data: this.#rules, meta });
    }
    if (request.method !== 'POST') return undefined;
    const apply = request.query['dry_run'] !== 'true';
    if (request.query['delete_all'] === 'true')
      return this.#delete({ ids: this.#rules.map((rule) => rule.id) }, sent, apply);
    const body = parsed(request.body);
    const add = isRecord(body) ? body['add'] : undefined;
    if (Array.isArray(add) && add.length > 0) return this.#add(add, sent, apply);
    if (isRecord(body) && isRecord(body['delete'])) return this.#delete(body['delete'], sent, apply);
    return invalidBody('The body must be a JSON object with a non-empty "add" array or a "delete" object.');
  }

  #add(wanted: readonly unknown[], sent: string, apply: boolean): Answer {
    const created: StreamRule[] = [];
    const errors: Record<string, unknown>[] = [];
    let invalid = 0;
    for (const item of wanted) {
      const value = isRecord(item) ? item['value'] : undefined;
      const tag = isRecord(item) ? item['tag'] : undefined;
      if (typeof value !== 'string' || value.trim() === '') {
        invalid += 1;
        errors.push({ value, title: 'UnprocessableEntity', type: `${problems}invalid-rules` });
        continue;
      }
      const existing = [...this.#rules, ...created].find((rule) => rule.value === value);
      if (existing) {
        // X counts a duplicate as invalid, as in the catalogue's example of it.
        invalid += 1;
        errors.push({ value, id: existing.id, title: 'DuplicateRule', type: `${problems}duplicate-rules` });
        continue;
      }
      const id = this.#ids.next();
      created.push(typeof tag === 'string' ? { id, value, tag } : { id, value });
    }
    if (apply) this.#rules.push(...created);
    const summary = {
      created: created.length,
      not_created: wanted.length - created.length,
      valid: wanted.length - invalid,
      invalid,
    };
    const answer: Record<string, unknown> = created.length === 0 ? {} : { data: created };
    answer['meta'] = { sent, summary };
    if (errors.length > 0) answer['errors'] = errors;
    return jsonAnswer(created.length > 0 ? 201 : 200, answer);
  }

  #delete(which: Record<string, unknown>, sent: string, apply: boolean): Answer {
    const ids = stringsOf(which['ids']) ?? [];
    const values = stringsOf(which['values']) ?? [];
    if (ids.length + values.length === 0) {
      return invalidBody('"delete" must hold a non-empty "ids" or "values" array of strings.');
    }
    const doomed = (rule: StreamRule): boolean => ids.includes(rule.id) || values.includes(rule.value);
    const deleted = this.#rules.filter(doomed).length;
    if (apply) this.#rules = this.#rules.filter((rule) => !doomed(rule));
    return jsonAnswer(200, {
      meta: { sent, summary: { deleted, not_deleted: ids.length + values.length - deleted } },
    });
  }
}
