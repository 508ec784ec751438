// Host for the browser: loaded by the gateway's page, whose import map points the package names at
// the built ESM. The page's own origin is the gateway, which proxies to the simulator.
import * as core from '@xapi-errors/core';
import * as fetchAdapter from '@xapi-errors/fetch';
import { run } from '../suite/conformance.mjs';
import { createControl } from '../suite/control-client.mjs';

const origin = globalThis.location.origin;
globalThis.conformance = run({ simUrl: origin, core, fetchAdapter, control: createControl(origin) });
