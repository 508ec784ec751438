// Host for runtimes with a command line (Node, Bun, Deno): `<runtime> hosts/cli.mjs <simUrl> <controlUrl>`.
// Resolves the packages by name, like an application would, runs the suite and prints one marked
// JSON line. The only runtime-specific code in the suite's path lives here.
import * as core from '@xapi-errors/core';
import * as fetchAdapter from '@xapi-errors/fetch';
import { run } from '../suite/conformance.mjs';
import { createControl } from '../suite/control-client.mjs';

const { Deno, Bun, process } = globalThis;
const [simUrl, controlUrl] = Deno ? Deno.args : process.argv.slice(2);

function runtimeVersion() {
  if (Deno) return `deno ${Deno.version.deno}`;
  if (Bun) return `bun ${Bun.version}`;
  return `node ${process.versions.node}`;
}

const result = await run({ simUrl, core, fetchAdapter, control: createControl(controlUrl) });
console.log(`XAPI-CONFORMANCE ${JSON.stringify({ runtime: runtimeVersion(), ...result })}`);
// Keep-alive sockets or a stray timer must not keep the runtime alive past the report.
if (Deno) Deno.exit(0);
else process.exit(0);
