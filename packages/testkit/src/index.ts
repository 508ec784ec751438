export type { BreakOff } from './break-off.ts';
export { type Clock, createManualClock, type ManualClock, systemClock } from './clock.ts';
export { type FaultName, faultNames } from './faults.ts';
export type {
  FaultOptions,
  SimulatorOptions,
  SorsaKeyOptions,
  SorsaOptions,
  StreamOptions,
  UsageCapOptions,
  WindowLimit,
} from './options.ts';
export { rejectionOf, xapiErrorOf } from './rejection.ts';
export type { RecordedRequest, RequestMatcher } from './requests.ts';
export type { CustomResponse, ScriptStep } from './script.ts';
export { type Simulator, startSimulator } from './simulator.ts';
export { type SimulatorHooks, useSimulator } from './use-simulator.ts';
