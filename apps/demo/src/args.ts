import { parseArgs } from 'node:util';

/** What the command line asked for. */
export interface DemoArgs {
  /** Run only this scenario. */
  readonly scenario?: string;
  /** Print machine-readable results instead of tables. */
  readonly json: boolean;
  /** Run the read-only live checks against the real APIs. */
  readonly live: boolean;
  readonly help: boolean;
}

/** The `--help` text. */
export const usage = `Usage: xapi-demo [--scenario NAME] [--json] [--live]

Runs every scenario through the fetch, ky, axios and Effect adapters against an embedded
X API simulator and checks each adapter against the error catalogue.

  --scenario NAME  run one scenario (--help lists them)
  --json           print machine-readable results
  --live           run read-only checks against the real APIs, with X_BEARER_TOKEN
                   and/or SORSA_API_KEY from the environment
  -h, --help       show this help

Exit codes: 0 every adapter behaved as the catalogue says, 1 an adapter did not,
2 bad arguments, 3 --live could not run (no credentials or no network).`;

/** Parses `argv` (without node and the script); throws a `TypeError` with a usable message on bad input. */
export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      scenario: { type: 'string' },
      json: { type: 'boolean', default: false },
      live: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    ...(values.scenario === undefined ? {} : { scenario: values.scenario }),
    json: values.json,
    live: values.live,
    help: values.help,
  };
}
