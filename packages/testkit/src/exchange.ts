import type { ServerResponse } from 'node:http';
import type { FaultInjector } from './fault-injector.ts';
import type { SorsaLimits } from './limits/sorsa.ts';
import type { XLimits } from './limits/x-limits.ts';
import type { ScriptQueues } from './script.ts';
import type { StreamHub } from './stream.ts';
import type { IdSource } from './success.ts';
import type { Surface } from './surface.ts';
import type { Timers } from './timers.ts';

/** One request being answered: `res` is where its reply is written. */
export interface Exchange {
  readonly res: ServerResponse;
  readonly method: string;
  readonly path: string;
  /** The query parameters; a repeated one keeps its last value. */
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly surface: Surface | undefined;
  /** Clock time the request arrived. */
  readonly now: number;
}

/** The simulator's state, shared by every request. */
export interface SimState {
  /** See `SimulatorOptions.scriptedResetMs`. */
  readonly aheadMs: number;
  readonly slowBodyMs: number;
  /** See `SimulatorOptions.listPages`. */
  readonly listPages: number;
  readonly ids: IdSource;
  readonly scripts: ScriptQueues;
  readonly faults: FaultInjector;
  readonly xLimits: XLimits;
  readonly sorsa: SorsaLimits;
  readonly stream: StreamHub;
  /** Every timer of the simulator, so `close()` stops them all. */
  readonly timers: Timers;
}
