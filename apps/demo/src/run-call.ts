import { type Classification, classify, type Problem, reconnectWait } from '@xapi-errors/core';
import type { Answer, Client, OpenStream, StreamItem } from './driver.ts';
import { data, partialLabel } from './expectations.ts';
import { type CallObservation, callParam } from './observer.ts';
import type { ScenarioCall } from './scenarios.ts';

/** Something worth explaining: an error's classification, or one problem of a partial success. */
export type Notable = Classification | Problem;

/** What one call came to. */
export interface CallRecord {
  readonly outcomes: readonly string[];
  /** Classifications and problems worth explaining, in the order they were met. */
  readonly notable: readonly Notable[];
  readonly waitMs: number;
  /** Attempts the adapter retried before its final answer. */
  readonly retries: number;
  readonly reconnectMs?: readonly number[];
}

/** Reconnect attempts shown for a stream error. */
const reconnectAttempts = [1, 2, 3, 4];

/** The call with its id in the query, so hook events name it. */
export function tagCall(call: ScenarioCall, id: number): ScenarioCall {
  const [path = '', query] = call.path.split('?');
  const params = new URLSearchParams(query);
  params.set(callParam, String(id));
  return { ...call, path: `${path}?${params.toString()}` };
}

function answerRecord(answer: Answer, observation: CallObservation): CallRecord {
  const notable: Notable[] = [...observation.retried];
  const { classification } = answer;
  let outcome: string = data;
  if (answer.type === 'error') {
    outcome = answer.classification.kind;
    notable.push(answer.classification);
  } else if (classification?.partial) {
    const problems = classification.problems.filter((problem) => problem.kind !== 'ok');
    outcome = partialLabel(problems[0]?.kind ?? 'unknown');
    notable.push(...problems);
  }
  return { outcomes: [outcome], notable, waitMs: observation.waitMs, retries: observation.retried.length };
}

/** A raw line is classified here, as its consumer would; an adapter's error item already is. */
function classificationOf(item: StreamItem, url: string): Classification | undefined {
  if (item.type === 'line') return classify({ status: 200, body: item.text, method: 'GET', url });
  return item.type === 'error' ? item.classification : undefined;
}

async function readStream(
  stream: OpenStream,
  url: string,
  observation: CallObservation,
): Promise<CallRecord> {
  const outcomes: string[] = [];
  const notable: Notable[] = [...observation.retried];
  const record = (): CallRecord => ({
    outcomes,
    notable,
    waitMs: observation.waitMs,
    retries: observation.retried.length,
  });
  try {
    for await (const item of stream.items) {
      if (item.type === 'line' && item.text.trim() === '') continue;
      const classification = classificationOf(item, url);
      if (!classification || classification.ok) {
        outcomes.push(data);
        continue;
      }
      outcomes.push(classification.kind);
      notable.push(classification);
      const reconnectMs = reconnectAttempts.map((attempt) => reconnectWait(classification, attempt));
      return { ...record(), reconnectMs };
    }
    return record();
  } finally {
    stream.close();
  }
}

/**
 * Sends one call through a client and labels what came back; `observation` is the call's hook
 * record, read once the call is done. Raw stream lines are classified by core one by one until
 * the first error line, which is what a consumer of a plain HTTP stream has to do itself.
 */
export async function runCall(
  client: Client,
  call: ScenarioCall,
  baseUrl: string,
  observation: CallObservation,
): Promise<CallRecord> {
  if (!call.stream) return answerRecord(await client.send(call), observation);
  const opened = await client.openStream(call);
  if ('type' in opened) return answerRecord(opened, observation);
  return readStream(opened, baseUrl + call.path, observation);
}
